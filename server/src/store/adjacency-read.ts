// The whole-graph read behind the compact adjacency (embedded store, once per write generation): nodes as rows,
// relationships as lists of engine ids, then the typed arrays paths, the neighbourhood, gaps and partners walk.
import { BASE_LABEL } from '@kies/schema';
import { adjacencyOfColumns, type EngineOrder, type RelationshipColumns } from '../domain/bounded-paths.js';
import { analysisGraph, type AnalysisGraph, type RelationshipKey } from '../domain/adjacency-analyses.js';
import { listInterner } from '../domain/interning.js';
import type { CypherExecutor, Row } from './executor.js';
import {
  adjacencyIncomingStatement,
  adjacencyNodesStatement,
  adjacencyRelationshipGroupsStatement,
  adjacencyRelationshipsStatement,
  adjacencyUnsourcedStatement,
} from './cypher/adjacency-cypher.js';
import { keptRowsOf, type KeptRows } from './kept-rows.js';

/** The adjacency of one write generation, with the explorer's neighbourhood properties when the engine ids allow. */
export type StoreGraph = AnalysisGraph & { kept?: KeptRows };

/** No type: a relationship the groups did not list (written between the statements) is left out. */
const NO_TYPE = 255;

/**
 * Five whole-graph reads; the caller keeps the result for one write generation (analysis-cache.ts), so a read torn by
 * a write between its statements is never served (the next call sees the new generation and reads again).
 * Memory (issue 15): no object and no id string per relationship (at 100k/1M a row per relationship left ~190 MB
 * more behind in the process than these lists of numbers); nodes with the same labels share one label list.
 */
export async function readAdjacency(executor: CypherExecutor): Promise<StoreGraph> {
  const [nodes, [ends], groups, unsourced, [incoming]] = await Promise.all([
    executor.read(adjacencyNodesStatement()),
    executor.read(adjacencyRelationshipsStatement()),
    executor.read(adjacencyRelationshipGroupsStatement()),
    executor.read(adjacencyUnsourcedStatement()),
    executor.read(adjacencyIncomingStatement()),
  ]);
  const ids = nodes.map((r) => String(r.id));
  const labelsOf = internedLabels();
  const rids = numbers(ends?.rids);
  const atNode = positions(numbers(nodes.map((r) => r.nid)));
  const atRelationship = positions(rids);
  const columns = relationshipColumns(ends, groups, atNode, atRelationship);
  const graph: StoreGraph = analysisGraph(
    adjacencyOfColumns(
      ids,
      new Map(ids.map((id, i) => [id, i])),
      nodes.map((r) => labelsOf(r.labels as string[])),
      columns,
      engineOrder(nodes, rids, numbers(incoming?.rids), atRelationship),
    ),
    nodes.filter((r) => r.sourced !== true).map((r) => String(r.id)),
    unsourced.map(asRelationshipKey),
  );
  const kept = keptRowsOf(nodes, groups);
  if (kept) graph.kept = kept;
  return graph;
}

const numbers = (list: unknown): number[] => ((list as unknown[] | undefined) ?? []).map(Number);

/** Position by engine id: an array indexed by id where ids are dense (Grafeo's), else a map (Neo4j's may not be). */
function positions(engineIds: readonly number[]): (id: number) => number {
  let max = -1;
  for (const id of engineIds) max = Math.max(max, id);
  if (max < 4 * engineIds.length + 1024) {
    const dense = new Int32Array(max + 1).fill(-1);
    engineIds.forEach((id, i) => (dense[id] = i));
    return (id) => dense[id] ?? -1;
  }
  const sparse = new Map(engineIds.map((id, i) => [id, i]));
  return (id) => sparse.get(id) ?? -1;
}

/** Ends as node indexes (-1: a node not read) and types as indexes, from the id lists and the type groups. */
function relationshipColumns(
  ends: Row | undefined,
  groups: readonly Row[],
  atNode: (id: number) => number,
  atRelationship: (id: number) => number,
): RelationshipColumns {
  const starts = Int32Array.from(numbers(ends?.starts), atNode);
  const endsAt = Int32Array.from(numbers(ends?.ends), atNode);
  const typeNames = [...new Set(groups.map((g) => String(g.type)))].sort();
  if (typeNames.length >= NO_TYPE) throw new Error(`adjacency-read: ${typeNames.length} relationship types`);
  const types = new Uint8Array(starts.length).fill(NO_TYPE);
  for (const group of groups) {
    const type = typeNames.indexOf(String(group.type));
    for (const rid of group.rids as unknown[]) {
      const at = atRelationship(Number(rid));
      if (at >= 0) types[at] = type;
    }
  }
  for (let i = 0; i < types.length; i++) if (types[i] === NO_TYPE) starts[i] = -1;
  return { starts, ends: endsAt, types, typeNames };
}

/** The engine's incoming order as relationship positions (undefined when the ids do not line up: rings then use Cypher). */
function engineOrder(
  nodes: readonly Row[],
  rids: readonly number[],
  incoming: readonly number[],
  atRelationship: (id: number) => number,
): EngineOrder | undefined {
  if (incoming.length !== rids.length) return undefined;
  // Kept as 32-bit integers (4 MB per million relationships).
  if (!rids.every((rid) => rid < 2 ** 31)) return undefined;
  const order = new Int32Array(incoming.length);
  for (let j = 0; j < incoming.length; j++) {
    const i = atRelationship(incoming[j]!);
    if (i < 0) return undefined;
    order[j] = i;
  }
  return {
    incomingOrder: order,
    engineIds: Float64Array.from(nodes, (r) => Number(r.nid)),
    relationshipIds: Int32Array.from(rids),
  };
}

function asRelationshipKey(row: Row): RelationshipKey {
  return { start: String(row.start), type: String(row.type), end: String(row.end) };
}

/** Labels without the base label, one shared frozen list per distinct label set (a few dozen in the whole graph). */
function internedLabels(): (labels: readonly string[]) => readonly string[] {
  const shared = listInterner();
  return (labels) => shared(labels.filter((l) => l !== BASE_LABEL));
}
