// The properties the explorer's neighbourhood and search views read, kept in memory beside the compact adjacency
// (embedded store, one write generation): an answer asking for no more than these reads nothing back from the engine.
import type { Projection } from '../domain/subgraphs.js';
import type { GraphNode } from '../domain/graph-data.js';
import type { Row } from './executor.js';
import { pickProperties, toNode } from './row-values.js';

/**
 * What the explorer's SubgraphFields and LightNode fragments read (web/src/core/graph/graph.graphql; tests keep them
 * equal). Issue 15: reading 200 nodes and their relationships back through the binding was ~3.4 ms of a 5.5 ms 2-hop
 * answer at 100k nodes (p99 10.5 of 12.9 ms); keeping them costs ~13 MB at 100k nodes / 1M relationships.
 */
export const KEPT_READS = {
  node: ['aliases', 'code', 'fullName', 'kind', 'name', 'nameEn'],
  relationship: ['confidence', 'role'],
} as const satisfies Projection;

type Properties = Readonly<Record<string, unknown>>;

export interface KeptRows {
  /** Per node index of the adjacency, its kept properties that are present (frozen, shared by every answer). */
  nodes: readonly Properties[];
  /** The distinct kept property sets of relationships (a few: confidence and role take few values). */
  relationshipSets: readonly Properties[];
  /** Per engine relationship id, the index of its set in relationshipSets (0xffffffff: not read). */
  setOfRelationship: Uint32Array;
}

const NOT_READ = 0xffffffff;

/** Whether every key `asked` reads is kept (a whole-row read, `null`, never is). */
export function keeps(asked: Projection): boolean {
  const within = (keys: readonly string[] | null, kept: readonly string[]) =>
    keys !== null && keys.every((k) => kept.includes(k));
  return within(asked.node, KEPT_READS.node) && within(asked.relationship, KEPT_READS.relationship);
}

/** `keys` of `row` that are present: a stored property is never null, a missing one reads as null (as row-values.ts). */
function present(row: Readonly<Record<string, unknown>>, keys: readonly string[]): Properties {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (row[key] !== null && row[key] !== undefined) out[key] = row[key];
  return Object.freeze(out);
}

/**
 * From the adjacency's node rows (a column per kept property, in node order) and the grouped relationship rows
 * (cypher/adjacency-cypher.ts adjacencyRelationshipGroupsStatement: a `kept` map with its engine ids `rids`).
 * Undefined when the ids are not dense (Neo4j's may not be): the answer then reads the engine.
 */
export function keptRowsOf(nodeRows: readonly Row[], relationshipSets: readonly Row[]): KeptRows | undefined {
  let max = -1;
  let count = 0;
  for (const set of relationshipSets) {
    for (const rid of set.rids as unknown[]) max = Math.max(max, Number(rid));
    count += (set.rids as unknown[]).length;
  }
  if (!(max < 4 * count + 1024)) return undefined;
  const setOfRelationship = new Uint32Array(max + 1).fill(NOT_READ);
  const sets = relationshipSets.map((set, at) => {
    for (const rid of set.rids as unknown[]) setOfRelationship[Number(rid)] = at;
    return present((set.kept ?? {}) as Record<string, unknown>, KEPT_READS.relationship);
  });
  return {
    nodes: nodeRows.map((r) => present(r, KEPT_READS.node)),
    relationshipSets: sets,
    setOfRelationship,
  };
}

/**
 * The rows byEngineId would read for these nodes (by adjacency index) and relationships (by engine id), from
 * memory: each property map cut to the asked keys. A relationship not read with the adjacency is left out, as a
 * deleted one is by the engine.
 */
export function keptRowsFor(
  kept: KeptRows,
  nodes: readonly { index: number; id: string; labels: readonly string[] }[],
  relationships: readonly number[],
  projection: Projection,
): { nodes: Row[]; relationships: Row[] } {
  const nodeKeys = projection.node ?? [];
  const relKeys = projection.relationship ?? [];
  return {
    nodes: nodes.map(({ index, id, labels }) => ({
      id,
      labels,
      properties: pickProperties(kept.nodes[index]!, nodeKeys),
    })),
    relationships: relationships
      .filter((rid) => (kept.setOfRelationship[rid] ?? NOT_READ) !== NOT_READ)
      .map((rid) => ({
        id: rid,
        properties: pickProperties(kept.relationshipSets[kept.setOfRelationship[rid]!]!, relKeys),
      })),
  };
}

/**
 * The nodes by id with the asked properties, from memory (search hits for the explorer's search box), as toNode makes
 * them from an engine row; undefined when a key is not kept or an id is not in this adjacency.
 */
export function keptNodes(
  kept: KeptRows,
  index: ReadonlyMap<string, number>,
  labels: readonly (readonly string[])[],
  ids: readonly string[],
  keys: readonly string[],
): Map<string, GraphNode> | undefined {
  if (!keeps({ node: keys, relationship: [] })) return undefined;
  const nodes = new Map<string, GraphNode>();
  for (const id of ids) {
    const at = index.get(id);
    if (at === undefined) return undefined;
    nodes.set(id, toNode({ id, labels: labels[at], properties: pickProperties(kept.nodes[at]!, keys) }));
  }
  return nodes;
}
