// Paths between two nodes on the embedded store: the pure bounded search (domain/bounded-paths.ts) over compact
// adjacency kept between writes, then the answer's nodes and relationships read back as stored.
import { BASE_LABEL } from '@kies/schema';
import { boundedPaths, buildAdjacency, type Adjacency, type EngineOrder } from '../domain/bounded-paths.js';
import { analysisGraph, type AnalysisGraph, type RelationshipKey } from '../domain/adjacency-analyses.js';
import type { GraphPath, PathRequest } from '../domain/subgraphs.js';
import { listInterner } from '../domain/interning.js';
import type { CypherExecutor, Row } from './executor.js';
import {
  adjacencyNodesStatement,
  adjacencyIncomingStatement,
  adjacencyKeptRelationshipsStatement,
  adjacencyRelationshipsStatement,
  relationshipsByKeyStatement,
} from './cypher/adjacency-cypher.js';
import { nodesByIdStatement } from './cypher/query-cypher.js';
import { toNode, toRelationship } from './row-values.js';
import { keptRowsOf, type KeptRows } from './kept-rows.js';

/** The adjacency of one write generation, with the explorer's neighbourhood properties when the engine ids allow. */
export type StoreGraph = AnalysisGraph & { kept?: KeptRows };

/**
 * Two whole-graph reads; the caller keeps the result for one write generation (analysis-cache.ts). The gap analysis
 * and partner profiles walk the same adjacency (analysis-reads.ts), so the facts without sources are listed here too.
 * Memory (issue 15): the relationship rows are the builder's input as read (no second object per relationship: at
 * 1M relationships that copy raised the read's peak, and so the RSS the process keeps), and nodes with the same
 * labels share one label list.
 */
export async function readAdjacency(executor: CypherExecutor): Promise<StoreGraph> {
  const [nodes, rels, [incoming], keptSets] = await Promise.all([
    executor.read(adjacencyNodesStatement()),
    executor.read(adjacencyRelationshipsStatement()),
    executor.read(adjacencyIncomingStatement()),
    executor.read(adjacencyKeptRelationshipsStatement()),
  ]);
  const kept = keptRowsOf(nodes, keptSets);
  const relationships = rels.map(asRelationshipKey);
  const labelsOf = internedLabels();
  const graph: StoreGraph = analysisGraph(
    buildAdjacency(
      nodes.map((r) => ({ id: String(r.id), labels: labelsOf(r.labels as string[]) })),
      relationships,
      engineOrder(nodes, rels, (incoming?.rids as unknown[]) ?? []),
    ),
    nodes.filter((r) => r.sourced !== true).map((r) => String(r.id)),
    relationships.filter((_, i) => rels[i]!.sourced !== true),
  );
  if (kept) graph.kept = kept;
  return graph;
}

/** The engine's incoming order as indexes into `rels` (undefined when the ids do not line up: rings then use Cypher). */
function engineOrder(nodes: readonly Row[], rels: readonly Row[], rids: readonly unknown[]): EngineOrder | undefined {
  if (rids.length !== rels.length) return undefined;
  const engineIds = Float64Array.from(nodes, (r) => Number(r.nid));
  let max = 0;
  for (const r of rels) max = Math.max(max, Number(r.rid));
  // Kept as 32-bit integers (8 MB per million relationships, once per end).
  if (!(max < 2 ** 31)) return undefined;
  // Grafeo's ids are dense (an array indexed by id: no map of a million entries); Neo4j's may not be.
  const dense = max < 4 * rels.length + 1024 ? new Int32Array(max + 1).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  rels.forEach((r, i) => (dense ? (dense[Number(r.rid)] = i) : sparse!.set(Number(r.rid), i)));
  const order = new Int32Array(rids.length);
  for (let j = 0; j < rids.length; j++) {
    const rid = Number(rids[j]);
    const i = dense ? (dense[rid] ?? -1) : (sparse!.get(rid) ?? -1);
    if (i < 0) return undefined;
    order[j] = i;
  }
  return { incomingOrder: order, engineIds, relationshipIds: Int32Array.from(rels, (r) => Number(r.rid)) };
}

/** The row itself, its ends and type made strings in place (they are strings as the engines return them). */
function asRelationshipKey(row: Row): RelationshipKey {
  if (typeof row.start !== 'string') row.start = String(row.start);
  if (typeof row.type !== 'string') row.type = String(row.type);
  if (typeof row.end !== 'string') row.end = String(row.end);
  return row as unknown as RelationshipKey;
}

/** Labels without the base label, one shared frozen list per distinct label set (a few dozen in the whole graph). */
function internedLabels(): (labels: readonly string[]) => readonly string[] {
  const shared = listInterner();
  return (labels) => shared(labels.filter((l) => l !== BASE_LABEL));
}

export async function readBoundedPaths(
  executor: CypherExecutor,
  adjacency: Adjacency,
  request: PathRequest & { to: string },
): Promise<GraphPath[]> {
  const found = boundedPaths(adjacency, { ...request, to: request.to });
  if (found.length === 0) return [];
  const keyOf = (h: { start: string; type: string; end: string }) => `${h.start}|${h.type}|${h.end}`;
  const keys = new Map(found.flatMap((p) => p.hops).map((h) => [keyOf(h), h]));
  const [nodeRows, relRows] = await Promise.all([
    executor.read(nodesByIdStatement([...new Set(found.flatMap((p) => p.nodes))])),
    executor.read(relationshipsByKeyStatement([...keys.values()])),
  ]);
  const nodes = new Map(nodeRows.map((r) => toNode(r.node)).map((n) => [n.id, n]));
  const rels = new Map(relRows.map((r) => toRelationship(r.rel)).map((r) => [keyOf(r), r]));
  const paths: GraphPath[] = [];
  for (const p of found) {
    const pathNodes = p.nodes.map((id) => nodes.get(id));
    const hops = p.hops.map((h, i) => ({
      from: p.nodes[i]!,
      to: p.nodes[i + 1]!,
      relationship: rels.get(keyOf(h))!,
      forward: h.start === p.nodes[i],
    }));
    // A node or relationship deleted since the adjacency was read: the path is left out (the next call re-reads).
    if (pathNodes.every(Boolean) && hops.every((h) => h.relationship))
      paths.push({ nodes: pathNodes as GraphPath['nodes'], hops });
  }
  return paths;
}
