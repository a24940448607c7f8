// The neighbourhood answer from its kept ids: the Subgraph both paths return, and the embedded store's read-back
// of exactly the rows the adjacency walk found (neighbourhood-walk.ts) in one statement.
import type { Subgraph } from '../domain/subgraphs.js';
import type { Adjacency, Expansion } from '../domain/bounded-paths.js';
import type { CypherExecutor } from './executor.js';
import { countCap, type NeighbourhoodRequest } from './neighbourhood.js';
import { walkNeighbourhood } from './neighbourhood-walk.js';
import { keptRowsStatement } from './cypher/neighbourhood-cypher.js';
import { toNode, toRelationship } from './row-values.js';

/** Nodes in kept order (centre first); empty when the centre was not read (unknown id, limit 0). */
export function neighbourhoodSubgraph(
  id: string,
  kept: readonly string[],
  nodeRows: readonly unknown[],
  relRows: readonly unknown[],
  totalNodes: number,
  limit: number,
): Subgraph {
  const order = new Map(kept.map((k, i) => [k, i]));
  const nodes = nodeRows.map(toNode).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  if (nodes[0]?.id !== id)
    return { nodes: [], relationships: [], truncated: false, totalNodes: 0, totalNodesExact: true };
  return {
    nodes,
    relationships: relRows.map(toRelationship),
    truncated: totalNodes > nodes.length,
    totalNodes,
    totalNodesExact: totalNodes < countCap(limit),
  };
}

/** The walk over the adjacency, then the kept nodes and the found relationships read as stored. */
export async function readWalkedNeighbourhood(
  executor: CypherExecutor,
  adjacency: Adjacency,
  expansion: Expansion,
  request: NeighbourhoodRequest,
): Promise<Subgraph> {
  const { kept, relationships, totalNodes } = walkNeighbourhood(adjacency, expansion, request);
  if (kept.length === 0) return neighbourhoodSubgraph(request.id, kept, [], [], 0, request.limit);
  const engineId = (i: number) => expansion.engineIds[i]!;
  const [row] = await executor.read(
    keptRowsStatement(
      kept.map((id) => engineId(adjacency.index.get(id)!)),
      relationships.map((r) => ({ ...r, s: engineId(r.s), e: engineId(r.e) })),
    ),
  );
  // In the walk's order (the subgraph statement's), which the read-back's two parts do not keep.
  const rank = new Map(relationships.map((r, i) => [`${r.start}|${r.type}|${r.end}`, i]));
  const rankOf = (row: unknown) => {
    const r = row as { start: string; type: string; end: string };
    return rank.get(`${r.start}|${r.type}|${r.end}`)!;
  };
  return neighbourhoodSubgraph(
    request.id,
    kept,
    (row?.nodes as unknown[]) ?? [],
    ((row?.rels as unknown[]) ?? []).sort((x, y) => rankOf(x) - rankOf(y)),
    totalNodes,
    request.limit,
  );
}
