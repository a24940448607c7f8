// Mission-to-PPP links over "serving" edges (≤ 3 hops): per (mission, PPP) pair, the inner nodes all its paths share.
// Computed on node indexes (typed arrays and stamps, no per-node sets): at 100k nodes there are ~165k serving edges.

/** One serving relationship, undirected; an end that is neither mission nor PPP is an allowed inner node. */
export interface ServingEdge {
  a: string;
  b: string;
  aMission: boolean;
  aPpp: boolean;
  bMission: boolean;
  bPpp: boolean;
}

export interface MissionPppLink {
  missionId: string;
  pppId: string;
  /** Inner nodes on every path of up to 3 hops from the mission to the PPP (empty when a direct link exists). */
  commonNodeIds: string[];
}

/**
 * The serving relationships as an undirected graph on node indexes: node i's neighbours are
 * neighbours[offsets[i] .. offsets[i + 1] - 1] (parallel edges and self-loops allowed; each edge listed at both ends).
 */
export interface ServingGraph {
  ids: readonly string[];
  mission: Uint8Array;
  ppp: Uint8Array;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Node indexes in id order (UTF-16 code units): missions are walked, and each mission's PPPs listed, in it. */
  order: Int32Array;
}

/** Steps one mission may take before its links are cut short (a hub mission on a huge graph, not the KIES seed). */
const LINK_WORK_PER_MISSION = 2_000_000;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph of `edges` (the Cypher path's rows), indexed by id in code-unit order. */
function servingGraphOf(edges: readonly ServingEdge[]): ServingGraph {
  const index = new Map<string, number>();
  for (const e of edges) for (const id of [e.a, e.b]) if (!index.has(id)) index.set(id, 0);
  const ids = [...index.keys()].sort(byCodeUnits);
  ids.forEach((id, i) => index.set(id, i));
  const mission = new Uint8Array(ids.length);
  const ppp = new Uint8Array(ids.length);
  const offsets = new Int32Array(ids.length + 1);
  for (const e of edges) {
    const a = index.get(e.a)!;
    const b = index.get(e.b)!;
    if (e.aMission) mission[a] = 1;
    if (e.aPpp) ppp[a] = 1;
    if (e.bMission) mission[b] = 1;
    if (e.bPpp) ppp[b] = 1;
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < ids.length; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, ids.length);
  const neighbours = new Int32Array(offsets[ids.length]!);
  for (const e of edges) {
    const a = index.get(e.a)!;
    const b = index.get(e.b)!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { ids, mission, ppp, offsets, neighbours, order: Int32Array.from(ids.keys()) };
}

/** Links from the Cypher path's serving rows; `missionPppLinksOn` does the work. */
export function missionPppLinks(
  edges: readonly ServingEdge[],
  workPerMission = LINK_WORK_PER_MISSION,
): { links: MissionPppLink[]; truncatedMissionIds: string[] } {
  return missionPppLinksOn(servingGraphOf(edges), workPerMission);
}

/** Per node, its distinct inner and PPP neighbours (self-loops dropped: they never shorten a path or add a pair). */
function distinctNeighbours(g: ServingGraph) {
  const n = g.ids.length;
  const seen = new Int32Array(n).fill(-1);
  const innerAt = new Int32Array(n + 1);
  const pppAt = new Int32Array(n + 1);
  const inner = new Int32Array(g.neighbours.length);
  const ppps = new Int32Array(g.neighbours.length);
  let ni = 0;
  let np = 0;
  for (let i = 0; i < n; i++) {
    innerAt[i] = ni;
    pppAt[i] = np;
    for (let k = g.offsets[i]!; k < g.offsets[i + 1]!; k++) {
      const j = g.neighbours[k]!;
      if (j === i || seen[j] === i) continue;
      seen[j] = i;
      if (g.ppp[j]) ppps[np++] = j;
      else if (!g.mission[j]) inner[ni++] = j;
    }
  }
  innerAt[n] = ni;
  pppAt[n] = np;
  return { innerAt, inner, pppAt, ppps };
}

/**
 * Equivalent to enumerating every path m-x, m-a-x, m-a-b-x (inner nodes neither missions nor PPPs) and intersecting
 * their inner nodes per pair, but linear in the mission's 2-hop neighbourhood: for a second inner node b, the paths
 * m-a-b-x over all first hops a share {a, b} when there is one such a, and only {b} otherwise. A pair's shared set
 * is a subset of its first path's (at most two nodes), so it is kept as two indexes per PPP, -1 for none.
 */
export function missionPppLinksOn(
  g: ServingGraph,
  workPerMission = LINK_WORK_PER_MISSION,
): { links: MissionPppLink[]; truncatedMissionIds: string[] } {
  const n = g.ids.length;
  const { innerAt, inner, pppAt, ppps } = distinctNeighbours(g);
  const rank = new Int32Array(n);
  g.order.forEach((i, r) => (rank[i] = r));
  // Per PPP: the mission (stamp) that met it last and its shared inner nodes; per second inner node: its first hops.
  const metBy = new Int32Array(n).fill(-1);
  const c1 = new Int32Array(n);
  const c2 = new Int32Array(n);
  const viaBy = new Int32Array(n).fill(-1);
  const h1 = new Int32Array(n);
  const h2 = new Int32Array(n);
  const met: number[] = [];
  const via: number[] = [];
  const meet = (m: number, x: number, p: number, q: number) => {
    if (metBy[x] !== m) {
      metBy[x] = m;
      c1[x] = p;
      c2[x] = q;
      met.push(x);
      return;
    }
    if (c1[x] !== -1 && c1[x] !== p && c1[x] !== q) c1[x] = -1;
    if (c2[x] !== -1 && c2[x] !== p && c2[x] !== q) c2[x] = -1;
  };
  const links: MissionPppLink[] = [];
  const truncatedMissionIds: string[] = [];
  for (const m of g.order) {
    if (!g.mission[m] || g.offsets[m] === g.offsets[m + 1]) continue;
    met.length = 0;
    via.length = 0;
    let work = 0;
    for (let k = pppAt[m]!; k < pppAt[m + 1]!; k++) meet(m, ppps[k]!, -1, -1);
    for (let k = innerAt[m]!; k < innerAt[m + 1]!; k++) {
      const a = inner[k]!;
      work += pppAt[a + 1]! - pppAt[a]! + innerAt[a + 1]! - innerAt[a]!;
      if (work > workPerMission) break;
      for (let x = pppAt[a]!; x < pppAt[a + 1]!; x++) meet(m, ppps[x]!, a, -1);
      for (let y = innerAt[a]!; y < innerAt[a + 1]!; y++) {
        const b = inner[y]!;
        if (viaBy[b] !== m) {
          viaBy[b] = m;
          h1[b] = a;
          h2[b] = -1;
          via.push(b);
        } else if (h2[b] === -1 && h1[b] !== a) h2[b] = a;
      }
    }
    for (const b of via) {
      if (work > workPerMission) break;
      work += pppAt[b + 1]! - pppAt[b]!;
      const p = h2[b] === -1 ? h1[b]! : -1;
      for (let x = pppAt[b]!; x < pppAt[b + 1]!; x++) meet(m, ppps[x]!, p, b);
    }
    // Half-seen pairs would claim cut nodes that other paths avoid: a mission cut short reports no links at all.
    if (work > workPerMission) {
      truncatedMissionIds.push(g.ids[m]!);
      continue;
    }
    met.sort((x, y) => rank[x]! - rank[y]!);
    for (const x of met) {
      if (x === m) continue;
      const p = c1[x]! === -1 ? null : g.ids[c1[x]!]!;
      const q = c2[x]! === -1 ? null : g.ids[c2[x]!]!;
      // Sorted by code units (at most two).
      const common = p === null ? (q === null ? [] : [q]) : q === null ? [p] : p < q ? [p, q] : [q, p];
      links.push({ missionId: g.ids[m]!, pppId: g.ids[x]!, commonNodeIds: common });
    }
  }
  return { links, truncatedMissionIds };
}
