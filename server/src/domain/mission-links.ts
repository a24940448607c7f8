// Mission-to-PPP links over "serving" edges (≤ 3 hops): per (mission, PPP) pair, the inner nodes all its paths share.

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

/** Steps one mission may take before its links are cut short (a hub mission on a huge graph, not the KIES seed). */
const LINK_WORK_PER_MISSION = 2_000_000;

interface Adjacency {
  inner: Map<string, Set<string>>;
  ppps: Map<string, Set<string>>;
}

const addTo = (map: Map<string, Set<string>>, key: string, value: string) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

/**
 * Equivalent to enumerating every path m-x, m-a-x, m-a-b-x (inner nodes neither missions, PPPs nor organisations)
 * and intersecting their inner nodes per pair, but linear in the mission's 2-hop neighbourhood: for a second inner
 * node b, the paths m-a-b-x over all first hops a share {a, b} when there is one such a, and only {b} otherwise.
 */
export function missionPppLinks(
  edges: ServingEdge[],
  workPerMission = LINK_WORK_PER_MISSION,
): { links: MissionPppLink[]; truncatedMissionIds: string[] } {
  const adjacency: Adjacency = { inner: new Map(), ppps: new Map() };
  const missions = new Set<string>();
  const isInner = new Set<string>();
  for (const e of edges) {
    if (e.aMission) missions.add(e.a);
    if (e.bMission) missions.add(e.b);
    if (!e.aMission && !e.aPpp) isInner.add(e.a);
    if (!e.bMission && !e.bPpp) isInner.add(e.b);
  }
  for (const e of edges) {
    if (e.a === e.b) continue; // a self-loop never makes a path shorter or adds a pair
    if (isInner.has(e.b)) addTo(adjacency.inner, e.a, e.b);
    if (isInner.has(e.a)) addTo(adjacency.inner, e.b, e.a);
    if (e.bPpp) addTo(adjacency.ppps, e.a, e.b);
    if (e.aPpp) addTo(adjacency.ppps, e.b, e.a);
  }
  const links: MissionPppLink[] = [];
  const truncatedMissionIds: string[] = [];
  for (const missionId of [...missions].sort()) {
    const result = linksOfMission(missionId, adjacency, workPerMission);
    // Half-seen pairs would claim cut nodes that other paths avoid: a mission cut short reports no links at all.
    if (result.truncated) {
      truncatedMissionIds.push(missionId);
      continue;
    }
    for (const [pppId, common] of result.common) {
      if (pppId !== missionId) links.push({ missionId, pppId, commonNodeIds: [...common].sort() });
    }
  }
  return { links, truncatedMissionIds };
}

function linksOfMission(m: string, { inner, ppps }: Adjacency, budget: number) {
  const common = new Map<string, Set<string>>();
  // Intersect one more path's inner nodes into the pair's running set; the first path sets it.
  const meet = (x: string, nodes: string[]) => {
    const current = common.get(x);
    if (!current) common.set(x, new Set(nodes));
    else for (const id of current) if (!nodes.includes(id)) current.delete(id);
  };
  let work = 0;
  const first = inner.get(m) ?? new Set<string>();
  for (const x of ppps.get(m) ?? []) meet(x, []);
  // Second inner node b -> up to two distinct first hops a (two are enough to know no a is on every path).
  const via = new Map<string, string[]>();
  for (const a of first) {
    for (const x of ppps.get(a) ?? []) {
      if (++work > budget) return { common, truncated: true };
      meet(x, [a]);
    }
    for (const b of inner.get(a) ?? []) {
      if (++work > budget) return { common, truncated: true };
      const hops = via.get(b);
      if (!hops) via.set(b, [a]);
      else if (hops.length < 2 && hops[0] !== a) hops.push(a);
    }
  }
  for (const [b, hops] of via) {
    const shared = hops.length === 1 ? [hops[0]!, b] : [b];
    for (const x of ppps.get(b) ?? []) {
      if (++work > budget) return { common, truncated: true };
      meet(x, shared);
    }
  }
  return { common, truncated: false };
}
