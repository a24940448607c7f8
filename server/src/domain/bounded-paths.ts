// Simple paths between two nodes over compact adjacency (typed id arrays): both ends grow towards each other, one
// length at a time, stopping as soon as a length completes the answer; ordered as pathsStatement orders them.

/** The graph as arrays: node i's relationships are entries offsets[i] .. offsets[i + 1] - 1. */
export interface Adjacency {
  ids: string[];
  index: Map<string, number>;
  labels: (readonly string[])[];
  typeNames: string[];
  offsets: Int32Array;
  /** The node at the other end of each entry. */
  others: Int32Array;
  /** Index into typeNames. */
  types: Uint8Array;
  /** 1 when the entry's node is the relationship's start. */
  outward: Uint8Array;
  /**
   * The entries in the order the embedded engine expands `(a)-[r]-(b)` from a node (see expansionOf); absent when
   * the builder was not given the engine's incoming order.
   */
  expansion?: Expansion;
}

/**
 * Per node, its entries as the engine lists them: outgoing ones first in the order the relationships were given,
 * then incoming ones in the engine's incoming order. `order[offsets[i] + j]` is node i's j-th entry; `outDegree[i]`
 * its outgoing count. The neighbourhood's rings follow this order (their LIMIT keeps the first ones met).
 */
export interface Expansion {
  order: Int32Array;
  outDegree: Int32Array;
  /** Each node's id inside the engine (`id(n)`): the answer's nodes are read back by it. */
  engineIds: Float64Array;
  /** Each entry's relationship id inside the engine (`id(r)`), by entry: the answer's relationships are read by it. */
  relationshipIds: Int32Array;
}

/** What the engine adds to the adjacency rows for `expansion`. */
export interface EngineOrder {
  /** Each relationship's id inside the engine, by relationship index (below 2^31). */
  relationshipIds: Int32Array;
  /** Relationship indexes in the engine's incoming order (grouped by end node). */
  incomingOrder: Int32Array;
  engineIds: Float64Array;
}

/** Relationships as columns: by relationship index, its ends as node indexes (-1: not a node) and its type's index. */
export interface RelationshipColumns {
  starts: Int32Array;
  ends: Int32Array;
  types: Uint8Array;
  typeNames: string[];
}

export function buildAdjacency(
  nodes: readonly { id: string; labels: readonly string[] }[],
  relationships: readonly { start: string; type: string; end: string }[],
  engine?: EngineOrder,
): Adjacency {
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const typeNames = [...new Set(relationships.map((r) => r.type))].sort();
  const typeIndex = new Map(typeNames.map((t, i) => [t, i]));
  // Columns, not a second object per relationship (1M of them at 100k nodes).
  const columns: RelationshipColumns = {
    starts: new Int32Array(relationships.length),
    ends: new Int32Array(relationships.length),
    types: new Uint8Array(relationships.length),
    typeNames,
  };
  relationships.forEach((r, i) => {
    columns.starts[i] = index.get(r.start) ?? -1;
    columns.ends[i] = index.get(r.end) ?? -1;
    columns.types[i] = typeIndex.get(r.type)!;
  });
  return adjacencyOfColumns(
    ids,
    index,
    nodes.map((n) => n.labels),
    columns,
    engine,
  );
}

/** The adjacency of relationships given as columns (the embedded store reads them so: no string per end). */
export function adjacencyOfColumns(
  ids: string[],
  index: Map<string, number>,
  labels: (readonly string[])[],
  { starts, ends: endsAt, types: typeOf, typeNames }: RelationshipColumns,
  engine?: EngineOrder,
): Adjacency {
  const degree = new Int32Array(ids.length);
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! < 0 || endsAt[i]! < 0) continue;
    degree[starts[i]!]!++;
    degree[endsAt[i]!]!++;
  }
  const offsets = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, ids.length);
  const others = new Int32Array(offsets[ids.length]!);
  const types = new Uint8Array(others.length);
  const outward = new Uint8Array(others.length);
  const put = (at: number, other: number, type: number, out: number) => {
    const k = fill[at]!++;
    others[k] = other;
    types[k] = type;
    outward[k] = out;
    return k;
  };
  // Where each relationship sits at its end node (only kept while the expansion order is built).
  const incomingEntry = engine ? new Int32Array(starts.length) : null;
  const entryIds = engine ? new Int32Array(others.length) : null;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! < 0 || endsAt[i]! < 0) continue;
    const out = put(starts[i]!, endsAt[i]!, typeOf[i]!, 1);
    const k = put(endsAt[i]!, starts[i]!, typeOf[i]!, 0);
    if (!engine || !incomingEntry || !entryIds) continue;
    incomingEntry[i] = k;
    entryIds[out] = entryIds[k] = engine.relationshipIds[i]!;
  }
  const adjacency: Adjacency = {
    ids,
    index,
    labels,
    typeNames,
    offsets,
    others,
    types,
    outward,
  };
  if (engine && incomingEntry && entryIds)
    adjacency.expansion = expansionOf(adjacency, engine, incomingEntry, entryIds, endsAt, starts) ?? undefined;
  return adjacency;
}

/** Null when the engine's incoming order does not name every stored incoming entry exactly once (then rings use Cypher). */
function expansionOf(
  a: Adjacency,
  { incomingOrder, engineIds }: EngineOrder,
  incomingEntry: Int32Array,
  relationshipIds: Int32Array,
  endsAt: Int32Array,
  starts: Int32Array,
): Expansion | null {
  const n = a.ids.length;
  const order = new Int32Array(a.others.length);
  const outDegree = new Int32Array(n);
  const inFill = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let at = a.offsets[i]!;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) if (a.outward[k]) order[at++] = k;
    outDegree[i] = at - a.offsets[i]!;
    inFill[i] = at;
  }
  for (const r of incomingOrder) {
    const e = endsAt[r];
    if (e === undefined || e < 0 || starts[r]! < 0 || inFill[e] === a.offsets[e + 1]) return null;
    order[inFill[e]!++] = incomingEntry[r]!;
  }
  for (let i = 0; i < n; i++) if (inFill[i] !== a.offsets[i + 1]) return null;
  return engineIds.length === n ? { order, outDegree, engineIds, relationshipIds } : null;
}

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  /** Labels every node strictly between the ends must carry one of (null: any). */
  via: readonly string[] | null;
  types: readonly string[] | null;
  limit: number;
}

/** One answer: node ids from `from` to `to`, and each hop's relationship as stored (start, type, end). */
export interface IdPath {
  nodes: string[];
  hops: { start: string; type: string; end: string }[];
}

/** A partial path from one end: its nodes (the end first) and the entries walked. */
interface Partial {
  nodes: number[];
  entries: number[];
}

/**
 * Every simple path of 1..maxLength hops, shortest first, then by the ids and types along it (pathsStatement's
 * ORDER BY), the first `limit`. A path of length L is a forward part of f hops, one joining relationship, and a
 * backward part of L-1-f hops, so each side only grows about half the length; a length is finished whole before
 * the limit is checked, because order within a length needs all of them.
 */
export function boundedPaths(adj: Adjacency, query: PathQuery): IdPath[] {
  const a = adj.index.get(query.from);
  const b = adj.index.get(query.to);
  if (a === undefined || b === undefined || a === b || query.limit <= 0) return [];
  const allowedTypes =
    query.types && query.types.length > 0
      ? new Set(query.types.map((t) => adj.typeNames.indexOf(t)).filter((t) => t >= 0))
      : null;
  if (allowedTypes && allowedTypes.size === 0) return [];
  const via = query.via && query.via.length > 0 ? new Set(query.via) : null;
  const inner = (n: number) => !via || adj.labels[n]!.some((l) => via.has(l));
  const typeOk = (k: number) => !allowedTypes || allowedTypes.has(adj.types[k]!);
  // parts[d]: partial paths of d hops from an end whose nodes past the end are all inner nodes.
  const grow = (parts: Partial[]): Partial[] => {
    const out: Partial[] = [];
    for (const p of parts) {
      const last = p.nodes[p.nodes.length - 1]!;
      for (let k = adj.offsets[last]!; k < adj.offsets[last + 1]!; k++) {
        const next = adj.others[k]!;
        if (!typeOk(k) || next === a || next === b || p.nodes.includes(next) || !inner(next)) continue;
        out.push({ nodes: [...p.nodes, next], entries: [...p.entries, k] });
      }
    }
    return out;
  };
  const forward: Partial[][] = [[{ nodes: [a], entries: [] }]];
  const backward: Partial[][] = [[{ nodes: [b], entries: [] }]];
  const found: { path: IdPath; along: string }[] = [];
  for (let length = 1; length <= query.maxLength; length++) {
    const f = Math.floor((length - 1) / 2);
    const g = length - 1 - f;
    while (forward.length <= f) forward.push(grow(forward[forward.length - 1]!));
    while (backward.length <= g) backward.push(grow(backward[backward.length - 1]!));
    const byEnd = new Map<number, Partial[]>();
    for (const p of backward[g]!) {
      const end = p.nodes[p.nodes.length - 1]!;
      (byEnd.get(end) ?? byEnd.set(end, []).get(end)!).push(p);
    }
    const batch: { path: IdPath; along: string }[] = [];
    for (const p of forward[f]!) {
      const x = p.nodes[p.nodes.length - 1]!;
      for (let k = adj.offsets[x]!; k < adj.offsets[x + 1]!; k++) {
        const backs = byEnd.get(adj.others[k]!);
        if (!backs || !typeOk(k)) continue;
        for (const q of backs) {
          if (q.nodes.some((n) => p.nodes.includes(n))) continue;
          batch.push(
            toPath(
              adj,
              [...p.nodes, ...[...q.nodes].reverse()],
              [
                ...p.entries.map((e) => [e, 1] as const),
                [k, 1] as const,
                ...[...q.entries].reverse().map((e) => [e, 0] as const),
              ],
            ),
          );
        }
      }
    }
    batch.sort((x, y) => (x.along < y.along ? -1 : x.along > y.along ? 1 : 0));
    found.push(...batch);
    if (found.length >= query.limit) break;
  }
  return found.slice(0, query.limit).map((f) => f.path);
}

/** `entries`: [entry, 1] read from the path's earlier node, [entry, 0] read from its later node. */
function toPath(
  adj: Adjacency,
  nodes: number[],
  entries: (readonly [number, 0 | 1])[],
): { path: IdPath; along: string } {
  const hops = entries.map(([k, fromEarlier], i) => {
    const near = fromEarlier ? nodes[i]! : nodes[i + 1]!;
    const far = adj.others[k]!;
    const [start, end] = adj.outward[k] ? [near, far] : [far, near];
    return { start: adj.ids[start]!, type: adj.typeNames[adj.types[k]!]!, end: adj.ids[end]! };
  });
  const ids = nodes.map((n) => adj.ids[n]!);
  // pathsStatement's tie-break: every node id then every type, each followed by a space.
  const along = `${ids.map((id) => `${id} `).join('')}${hops.map((h) => `${h.type} `).join('')}`;
  return { path: { nodes: ids, hops }, along };
}
