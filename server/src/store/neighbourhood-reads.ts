// The neighbourhood answer from its kept ids: the Subgraph both paths return, and the embedded store's read-back
// of exactly the rows the adjacency walk found (neighbourhood-walk.ts) by the engine's ids, without a statement.
import { WHOLE_ROWS, type Subgraph } from '../domain/subgraphs.js';
import type { Adjacency, Expansion } from '../domain/bounded-paths.js';
import type { CypherExecutor } from './executor.js';
import { countCap, type NeighbourhoodRequest } from './neighbourhood.js';
import { walkNeighbourhood } from './neighbourhood-walk.js';
import { toNode, toRelationship } from './row-values.js';
import { checkProjection } from './cypher/query-cypher.js';
import { keeps, keptRowsFor } from './kept-rows.js';
import type { StoreGraph } from './adjacency-read.js';

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

/**
 * The embedded store's neighbourhood between writes. The process's first call waits for the adjacency (as paths
 * do); after a write the Cypher rings answer (`null`) while it is re-read (seconds at 100k nodes), so a curator's
 * next click does not wait for it.
 */
export class NeighbourhoodWalker {
  private walked = false;

  /** `graphs`: this write generation's adjacency, the one paths, gaps and partners share (kies-store.ts). */
  constructor(
    private readonly read: NonNullable<CypherExecutor['byEngineId']>,
    private readonly graphs: {
      /** The adjacency when it is read already; else starts reading it and says undefined. */
      ready(): StoreGraph | undefined;
      get(): Promise<StoreGraph>;
    },
  ) {}

  async answer(request: NeighbourhoodRequest): Promise<Subgraph | null> {
    const graph = this.graphs.ready() ?? (this.walked ? undefined : await this.graphs.get());
    const expansion = graph?.adjacency.expansion;
    if (!graph || !expansion) return null;
    this.walked = true;
    return readWalkedNeighbourhood(this.read, graph, expansion, request);
  }
}

/**
 * The walk over the adjacency, then the kept nodes and the found relationships: from the properties kept beside the
 * adjacency when they hold every asked key (the explorer's view), else read by the engine's ids.
 */
async function readWalkedNeighbourhood(
  byEngineId: NonNullable<CypherExecutor['byEngineId']>,
  { adjacency, kept: keptRows }: StoreGraph,
  expansion: Expansion,
  request: NeighbourhoodRequest,
): Promise<Subgraph> {
  const projection = request.projection ?? WHOLE_ROWS;
  checkProjection(projection);
  const { kept, relationships, totalNodes } = walkNeighbourhood(adjacency, expansion, request);
  if (kept.length === 0) return neighbourhoodSubgraph(request.id, kept, [], [], 0, request.limit);
  const rids = relationships.map((r) => r.engineId);
  const rows =
    keptRows && keeps(projection)
      ? keptRowsFor(
          keptRows,
          kept.map((id) => nodeAt(adjacency, id)),
          rids,
          projection,
        )
      : await byEngineId(
          kept.map((id) => expansion.engineIds[adjacency.index.get(id)!]!),
          rids,
          projection,
        );
  // In the walk's order (the subgraph statement's); a relationship deleted since the adjacency was read is left out.
  const properties = new Map(rows.relationships.map((r) => [r.id, r.properties]));
  const rels = relationships
    .filter((r) => properties.has(r.engineId))
    .map(({ start, type, end, engineId }) => ({ start, type, end, properties: properties.get(engineId) }));
  return neighbourhoodSubgraph(request.id, kept, rows.nodes, rels, totalNodes, request.limit);
}

const nodeAt = (a: Adjacency, id: string) => {
  const index = a.index.get(id)!;
  return { index, id, labels: a.labels[index]! };
};
