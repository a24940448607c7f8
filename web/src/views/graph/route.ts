// What a node's highlight shows in the graph: its relations, and from its neighbours on, the way to the missions.
import type { Collection, NodeSingular } from 'cytoscape';

/**
 * The node, its neighbours and their edges, plus the ADDRESSES edges from those neighbours to missions: a
 * technology lights up its PPPs and the missions they serve. Collection calls only, no per-element JS loop.
 */
export function routeOf(node: NodeSingular | Collection): Collection {
  const around = node.closedNeighborhood();
  const toMissions = around.nodes().outgoers('edge[type = "ADDRESSES"]');
  return around.union(toMissions).union(toMissions.targets());
}
