// Pure operations on the loaded graph: build, merge (expand), neighbours, primary label.
import type { NodeLabel } from '@kies/schema';
import type { GraphModel, KEdge, KNode } from './types';

export const edgeId = (type: string, source: string, target: string): string => `${type}:${source}->${target}`;

export function emptyGraph(): GraphModel {
  return { nodes: new Map(), edges: new Map() };
}

/** Returns a new model with the given nodes and edges added; edges whose ends are unknown are dropped. */
export function mergeGraph(model: GraphModel, nodes: KNode[], edges: KEdge[]): GraphModel {
  const next: GraphModel = { nodes: new Map(model.nodes), edges: new Map(model.edges) };
  for (const node of nodes) next.nodes.set(node.id, { ...next.nodes.get(node.id), ...node });
  for (const edge of edges) {
    if (next.nodes.has(edge.source) && next.nodes.has(edge.target)) next.edges.set(edge.id, edge);
  }
  return next;
}

export function buildGraph(nodes: KNode[], edges: KEdge[]): GraphModel {
  return mergeGraph(emptyGraph(), nodes, edges);
}

export function primaryLabel(node: Pick<KNode, 'labels'>): NodeLabel {
  // Never empty: toKNode refuses a node without a label.
  return node.labels[0];
}

/** Adjacency (undirected) as id -> neighbour ids, in edge order. */
export function adjacency(model: GraphModel): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  for (const id of model.nodes.keys()) adj.set(id, []);
  for (const e of model.edges.values()) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  return adj;
}

/** Mission ids a node works on (ADDRESSES / APPLIES_TO to a Mission), in mission order. */
export function missionsOf(model: GraphModel, nodeId: string, missionOrder: readonly string[]): string[] {
  const found = new Set<string>();
  for (const e of model.edges.values()) {
    if (e.source === nodeId && (e.type === 'ADDRESSES' || e.type === 'APPLIES_TO')) found.add(e.target);
  }
  return missionOrder.filter((m) => found.has(m));
}

/** Missions as their ids sorted like Figuur 5: the central mission first, then I..V by code. */
export function missionOrder(model: GraphModel): string[] {
  const missions = [...model.nodes.values()].filter((n) => n.labels.includes('Mission'));
  const rank = (n: KNode): number => {
    const code = (n.code ?? n.id.replace(/^mission-/, '')).toUpperCase();
    const order = ['CM', 'I', 'II', 'III', 'IV', 'V'];
    const i = order.indexOf(code);
    return i === -1 ? 100 : i;
  };
  return missions.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).map((n) => n.id);
}

/**
 * The model after node `id` changed on the server: its edges are replaced by the fresh ones in `fresh` (its
 * neighbourhood), its properties updated; `fresh` null means the node is gone. Only nodes already drawn (and
 * `id` itself) are kept from `fresh`, so a refresh never floods the view with neighbours nobody expanded.
 */
export function replaceAround(
  model: GraphModel,
  id: string,
  fresh: { nodes: KNode[]; edges: KEdge[] } | null,
): GraphModel {
  const next: GraphModel = { nodes: new Map(model.nodes), edges: new Map(model.edges) };
  for (const [key, e] of next.edges) if (e.source === id || e.target === id) next.edges.delete(key);
  if (!fresh) {
    next.nodes.delete(id);
    return next;
  }
  const nodes = fresh.nodes.filter((n) => n.id === id || model.nodes.has(n.id));
  return mergeGraph(
    next,
    nodes,
    fresh.edges.filter((e) => e.source === id || e.target === id),
  );
}
