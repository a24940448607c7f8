// The neighbourhood's search over the compact adjacency (embedded store, between writes): the same rings, degrees,
// selection and relationships among the kept nodes that readNeighbourhood gets from Cypher, without the engine.
import type { Adjacency, Expansion } from '../domain/bounded-paths.js';
import {
  byDegree,
  countCap,
  planRelationships,
  selectNodes,
  type Degree,
  type Degrees,
  type NeighbourhoodRequest,
} from './neighbourhood.js';

/** A relationship among the kept nodes, with its id inside the engine (how it is read back). */
interface FoundRelationship {
  start: string;
  type: string;
  end: string;
  engineId: number;
}

export interface NeighbourhoodWalk {
  /** The kept node ids, centre first (empty when the centre is unknown or the limit is 0). */
  kept: string[];
  relationships: FoundRelationship[];
  totalNodes: number;
}

/**
 * readNeighbourhood step by step: each ring is the first `cap` distinct neighbours met walking the frontier (in
 * byDegree order) entry by entry in the engine's expansion order, as the ring statement's `DISTINCT ... LIMIT`
 * keeps them; degrees are learned for the same nodes at the same moments (they decide the frontier order).
 */
export function walkNeighbourhood(
  a: Adjacency,
  expansion: Expansion,
  { id, depth, labels, types, limit }: NeighbourhoodRequest,
): NeighbourhoodWalk {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3)
    throw new Error(`neighbourhood depth must be 1..3, got ${depth}`);
  const centre = a.index.get(id);
  if (centre === undefined) return { kept: [], relationships: [], totalNodes: 0 };
  const { outDegree } = expansion;
  const typeOk = typeFilter(a, types);
  const labelOk =
    labels && labels.length > 0 ? (n: number) => a.labels[n]!.some((l) => labels.includes(l as never)) : null;
  const cap = countCap(limit);
  const degrees = new Map<string, Degree>();
  const learn = (ids: readonly string[]) => {
    for (const key of ids) degrees.set(key, degreeOf(a, outDegree, a.index.get(key)!));
  };
  const { order } = expansion;
  const rings: string[][] = [[id]];
  const [seen, met] = marksOf(a) as [Uint8Array, Uint8Array];
  seen[centre] = 1;
  let seenCount = 1;
  try {
    learn([id]);
    for (let level = 1; level <= depth && seenCount < cap; level++) {
      const frontier = byDegree(rings[level - 1]!, degrees);
      const take = cap - seenCount;
      const distinct: number[] = [];
      walk: for (const f of frontier) {
        const x = a.index.get(f)!;
        for (let j = a.offsets[x]!; j < a.offsets[x + 1]!; j++) {
          const k = order[j]!;
          const b = a.others[k]!;
          if (met[b] || (typeOk && !typeOk[a.types[k]!]) || (labelOk && !labelOk(b))) continue;
          met[b] = 1;
          distinct.push(b);
          if (distinct.length === take + seenCount) break walk;
        }
      }
      for (const b of distinct) met[b] = 0;
      const ring = distinct
        .filter((b) => !seen[b])
        .slice(0, take)
        .map((b) => a.ids[b]!);
      if (ring.length === 0) break;
      if (seenCount < limit) learn(ring);
      rings.push(ring);
      for (const n of ring) seen[a.index.get(n)!] = 1;
      seenCount += ring.length;
    }
  } finally {
    // The shared marks are left clear for the next call (met is cleared ring by ring).
    for (const ring of rings) for (const n of ring) seen[a.index.get(n)!] = 0;
  }
  const kept = selectNodes(rings, limit, degrees);
  const exact = new Map(kept.map((k) => [k, degreeOf(a, outDegree, a.index.get(k)!)]));
  return { kept, relationships: relationshipsAmong(a, expansion, kept, exact, typeOk), totalNodes: seenCount };
}

/**
 * Four marks of the graph's size, made once per adjacency and cleared by their users: one per call was 400 KB
 * allocated and zeroed at 100k nodes, and the collections it caused were most of the walk's p99 (issue 15). The
 * walk is synchronous, so one set per adjacency is never shared by two calls at once.
 */
const MARKS = new WeakMap<Adjacency, Uint8Array[]>();
function marksOf(a: Adjacency): Uint8Array[] {
  let marks = MARKS.get(a);
  if (!marks) MARKS.set(a, (marks = Array.from({ length: 4 }, () => new Uint8Array(a.ids.length))));
  return marks;
}

const degreeOf = (a: Adjacency, outDegree: Int32Array, i: number): Degree => ({
  out: outDegree[i]!,
  in: a.offsets[i + 1]! - a.offsets[i]! - outDegree[i]!,
});

/** Per type index, whether the type is allowed; null when every type is. */
function typeFilter(a: Adjacency, types: readonly string[] | null): Uint8Array | null {
  if (!types || types.length === 0) return null;
  return Uint8Array.from(a.typeNames, (t) => (types.includes(t) ? 1 : 0));
}

/**
 * Every relationship among `kept`, each once, in the order the subgraph statement returns them (the API answers
 * with that order): the same plan (planRelationships, exact degrees give the same one as the cached hub map), its
 * parts in turn, each node's list in the engine's order. Hub pairs scan the shorter list, here in typed arrays.
 */
function relationshipsAmong(
  a: Adjacency,
  { order, outDegree, relationshipIds }: Expansion,
  kept: readonly string[],
  degrees: Degrees,
  typeOk: Uint8Array | null,
): FoundRelationship[] {
  const plan = planRelationships(kept, degrees);
  const at = (id: string) => a.index.get(id)!;
  const [, , keptSet, outHubs] = marksOf(a);
  const mark = (set: Uint8Array, ids: readonly string[], value: 0 | 1) => {
    for (const id of ids) set[at(id)] = value;
  };
  const found: FoundRelationship[] = [];
  const take = (x: number, k: number) => {
    const y = a.others[k]!;
    const [s, e] = a.outward[k] ? [x, y] : [y, x];
    found.push({ start: a.ids[s]!, type: a.typeNames[a.types[k]!]!, end: a.ids[e]!, engineId: relationshipIds[k]! });
  };
  // Node x's outgoing entries (engine order), then its incoming ones, each to nodes `to` accepts.
  const outgoing = (x: number, to: (y: number) => boolean) => {
    for (let j = a.offsets[x]!; j < a.offsets[x]! + outDegree[x]!; j++) {
      const k = order[j]!;
      if ((!typeOk || typeOk[a.types[k]!]) && to(a.others[k]!)) take(x, k);
    }
  };
  const incoming = (x: number, from: (y: number) => boolean) => {
    for (let j = a.offsets[x]! + outDegree[x]!; j < a.offsets[x + 1]!; j++) {
      const k = order[j]!;
      // A self-loop is listed both ways: the outgoing entry stands for it.
      if ((!typeOk || typeOk[a.types[k]!]) && a.others[k] !== x && from(a.others[k]!)) take(x, k);
    }
  };
  mark(keptSet!, plan.kept, 1);
  mark(outHubs!, plan.outHubs, 1);
  try {
    for (const id of plan.readOut) outgoing(at(id), (y) => keptSet![y] === 1);
    for (const id of plan.readIn) incoming(at(id), (y) => outHubs![y] === 1);
    for (const { start, end } of plan.fromStart) outgoing(at(start), (y) => y === at(end));
    for (const { start, end } of plan.fromEnd) incoming(at(end), (y) => y === at(start));
  } finally {
    mark(keptSet!, plan.kept, 0);
    mark(outHubs!, plan.outHubs, 0);
  }
  return found;
}
