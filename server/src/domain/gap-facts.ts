// The facts the gap analysis classifies, assembled from what the store reads (each list one bounded statement):
// the mission matrix, the lists of unserved and unlinked nodes, facts without sources, and mission-to-PPP links.
import type { GraphNode, GraphRelationship } from './graph-data.js';
import type { CoverageEntry } from './coverage.js';
import {
  missionPppLinks,
  missionPppLinksOn,
  type MissionPppLink,
  type ServingEdge,
  type ServingGraph,
} from './mission-links.js';

/** Raw facts the gap analysis classifies; each list comes from one bounded Cypher query. */
export interface GapFacts {
  missions: GraphNode[];
  /** Every column of the matrix: each empty or thin cell the matrix shows is a finding. */
  coverage: CoverageEntry[];
  unservedCareAgreements: GraphNode[];
  unservedProgrammes: GraphNode[];
  programmesWithoutMission: GraphNode[];
  pppsWithoutMission: GraphNode[];
  /** Missions no policy frames (FRAMES or ADDRESSES from a Policy). */
  missionsWithoutPolicy: GraphNode[];
  /** Programmes no RUNS relationship ends at. */
  programmesNotRun: GraphNode[];
  nodesWithoutProvenance: GraphNode[];
  relationshipsWithoutProvenance: GraphRelationship[];
  /** Each (mission, PPP) pair joined by up to 3 serving hops, with the inner nodes all its paths share (mission-links.ts). */
  missionPppLinks: MissionPppLink[];
  /** Missions whose links were cut short by the work bound (none on the KIES seed); they have no links above. */
  missionPppLinksTruncated: string[];
  /**
   * The nodes the facts above name only by id (relationship ends, linked PPPs, shared inner nodes), fetched with the
   * facts: findings then resolve every node without another query (and are cached with the facts between writes).
   */
  referencedNodes: GraphNode[];
}

/** What the store reads for the gap analysis: the facts' lists, and the serving relationships the links come from. */
export type GapReadings = Omit<GapFacts, 'missionPppLinks' | 'missionPppLinksTruncated' | 'referencedNodes'> & {
  /**
   * The serving relationships between missions and PPPs (mission-links.ts), read up to a bound: as rows (the Cypher
   * path) or already on node indexes (the adjacency path).
   */
  servingEdges: ServingEdge[] | ServingGraph;
  /** True when the serving relationships were cut at that bound. */
  servingEdgesCut: boolean;
};

/** The facts that are plain node lists, in the order findings look names up. */
const NODE_LISTS = [
  'missions',
  'unservedCareAgreements',
  'unservedProgrammes',
  'programmesWithoutMission',
  'pppsWithoutMission',
  'missionsWithoutPolicy',
  'programmesNotRun',
  'nodesWithoutProvenance',
] as const satisfies readonly (keyof GapReadings)[];

/**
 * The gap facts from the readings, and the ids they name that no reading returned as a node: the store fetches
 * those (`referencedNodes`) so that findings resolve every node without another query.
 */
export function assembleGapFacts(readings: GapReadings): {
  facts: Omit<GapFacts, 'referencedNodes'>;
  unreadIds: string[];
} {
  const { servingEdges, servingEdgesCut, ...read } = readings;
  // With edges missing, any mission's cut nodes could be wrong: then no links at all, and every mission is flagged.
  const links = servingEdgesCut
    ? { links: [], truncatedMissionIds: read.missions.map((m) => m.id) }
    : Array.isArray(servingEdges)
      ? missionPppLinks(servingEdges)
      : missionPppLinksOn(servingEdges);
  // The ids the facts name, less those some list or matrix cell already carries. Plain loops over a small set: at
  // 100k nodes the links are ~56k and the lists and matrix members ~90k nodes.
  const named = new Set<string>();
  for (const r of read.relationshipsWithoutProvenance) named.add(r.start).add(r.end);
  for (const l of links.links) {
    named.add(l.missionId).add(l.pppId);
    for (const id of l.commonNodeIds) named.add(id);
  }
  for (const key of NODE_LISTS) for (const n of read[key]) named.delete(n.id);
  for (const e of read.coverage) for (const n of e.members) named.delete(n.id);
  return {
    facts: { ...read, missionPppLinks: links.links, missionPppLinksTruncated: links.truncatedMissionIds },
    unreadIds: [...named],
  };
}

/** Every node the facts carry (each finding names only these), for name look-ups without another query. */
export function factNodes(facts: GapFacts): GraphNode[] {
  // Pushed one by one: the matrix members alone are tens of thousands of nodes at 100k.
  const out: GraphNode[] = [];
  for (const key of NODE_LISTS) for (const n of facts[key]) out.push(n);
  for (const n of facts.referencedNodes) out.push(n);
  for (const e of facts.coverage) for (const n of e.members) out.push(n);
  return out;
}
