// The neighbourhood at bounded cost: breadth-first rings read with a cap, hubs last in the ring that does not fit,
// and the relationships among the kept nodes read from the cheap end of each (a hub has thousands).
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { Projection } from '../domain/subgraphs.js';
import type { CypherExecutor, Row } from './executor.js';
import { ringStatement, subgraphStatement, type RelationshipPlan } from './cypher/neighbourhood-cypher.js';

/** A node with more relationships than this is a hub: in a ring that does not fit, hubs come last. */
export const HUB_DEGREE = 30;
/** A node's outgoing (incoming) relationships are read whole up to this many; beyond, from their other ends. */
export const SCAN_DEGREE = 100;
/** totalNodes is counted up to this many times the limit (see Subgraph.totalNodes in schema.graphql). */
const COUNT_FACTOR = 5;

export interface Degree {
  out: number;
  in: number;
}
/** Degrees by node id. A node missing from the map has at most HUB_DEGREE relationships. */
export type Degrees = ReadonlyMap<string, Degree>;
/** The degrees of (at least) the given nodes: the cached hub map, or a lookup. */
export type DegreeSource = (ids: readonly string[]) => Promise<Degrees>;

const total = (d: Degree | undefined) => (d ? d.out + d.in : 0);

/** How far totalNodes is counted: always past the limit, so `truncated` stays exact. */
export const countCap = (limit: number) => Math.max(limit + 1, COUNT_FACTOR * limit);

/**
 * Non-hubs first in their given order, then hubs by ascending degree (stable): what the least connected lead to
 * is most specific to this neighbourhood. Non-hubs tie on purpose, so the cached hub map (non-hubs unlisted) and
 * exact degrees give the same order.
 */
export function byDegree(ids: readonly string[], degrees: Degrees): string[] {
  const rank = (id: string) => (total(degrees.get(id)) > HUB_DEGREE ? total(degrees.get(id)) : 0);
  return ids
    .map((id, i) => ({ id, i, d: rank(id) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.id);
}

/**
 * Nearest first: whole rings while they fit; in the ring that does not, non-hubs in ring order, then hubs by
 * ascending degree. A hub among the kept nodes makes the relationships among them costly to read, and a view
 * of a neighbourhood is more telling with the nodes that are specific to it.
 */
export function selectNodes(rings: readonly (readonly string[])[], limit: number, degrees: Degrees): string[] {
  const kept: string[] = [];
  for (const ring of rings) {
    const room = limit - kept.length;
    if (room <= 0) break;
    if (ring.length <= room) {
      kept.push(...ring);
      continue;
    }
    const small = ring.filter((id) => total(degrees.get(id)) <= HUB_DEGREE);
    const hubs = byDegree(
      ring.filter((id) => total(degrees.get(id)) > HUB_DEGREE),
      degrees,
    );
    kept.push(...[...small, ...hubs].slice(0, room));
    break;
  }
  return kept;
}

/**
 * Which relationships to read so that every relationship among `kept` is found exactly once. A relationship s->e
 * is read from s when s's outgoing ones are read whole (at most SCAN_DEGREE of them, or fewer than checking s's
 * pairs would read); else from e when e has at most SCAN_DEGREE incoming ones; else (hub to hub) as the pair,
 * from the end with fewer.
 */
export function planRelationships(kept: readonly string[], degrees: Degrees): RelationshipPlan {
  const out = (id: string) => degrees.get(id)?.out ?? 0;
  const inn = (id: string) => degrees.get(id)?.in ?? 0;
  const inHubs = kept.filter((id) => inn(id) > SCAN_DEGREE);
  // A pair check reads the shorter of the two lists; per pair add a little for its two lookups.
  const pairCost = (start: string) => inHubs.reduce((sum, end) => sum + Math.min(out(start), inn(end)) + 20, 0);
  const outHubs = kept.filter((id) => out(id) > SCAN_DEGREE && out(id) > pairCost(id));
  const hubSet = new Set(outHubs);
  const readIn = outHubs.length > 0 ? kept.filter((id) => inn(id) <= SCAN_DEGREE) : [];
  const fromStart: RelationshipPlan['fromStart'] = [];
  const fromEnd: RelationshipPlan['fromEnd'] = [];
  for (const start of outHubs) {
    for (const end of inHubs) (out(start) <= inn(end) ? fromStart : fromEnd).push({ start, end });
  }
  return { kept: [...kept], readOut: kept.filter((id) => !hubSet.has(id)), readIn, outHubs, fromStart, fromEnd };
}

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  labels: NodeLabel[] | null;
  types: RelationshipType[] | null;
  limit: number;
  /** The properties to read of the kept nodes and relationships (default: every one). */
  projection?: Projection;
}

/** The kept node ids (centre first), the subgraph row (`nodes`, `rels`, in no particular order) and the capped count. */
export interface NeighbourhoodResult {
  kept: string[];
  row: Row | undefined;
  totalNodes: number;
}

/** Runs one ring statement per level (ids only), then one statement for the kept nodes and their relationships. */
export async function readNeighbourhood(
  executor: CypherExecutor,
  degreesOf: DegreeSource,
  { id, depth, labels, types, limit, projection }: NeighbourhoodRequest,
): Promise<NeighbourhoodResult> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3)
    throw new Error(`neighbourhood depth must be 1..3, got ${depth}`);
  const cap = countCap(limit);
  const degrees = new Map<string, Degree>();
  // Copies only the asked ids: the cached source answers with the whole hub map.
  const learn = async (ids: readonly string[]) => {
    const found = await degreesOf(ids);
    for (const key of ids) {
      const value = found.get(key);
      if (value) degrees.set(key, value);
    }
  };
  const rings: string[][] = [[id]];
  const seen = new Set([id]);
  await learn([id]);
  for (let level = 1; level <= depth && seen.size < cap; level++) {
    const frontier = byDegree(rings[level - 1]!, degrees);
    const take = cap - seen.size;
    const [row] = await executor.read(ringStatement(frontier, take + seen.size, labels, types));
    const ring = ((row?.ids as unknown[]) ?? [])
      .map(String)
      .filter((n) => !seen.has(n))
      .slice(0, take);
    if (ring.length === 0) break;
    // Degrees only matter while a ring still contributes kept nodes; further rings are only counted.
    if (seen.size < limit) await learn(ring);
    rings.push(ring);
    for (const n of ring) seen.add(n);
  }
  const kept = selectNodes(rings, limit, degrees);
  const [row] = await executor.read(subgraphStatement(planRelationships(kept, degrees), types, projection));
  return { kept, row, totalNodes: seen.size };
}
