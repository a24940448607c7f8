// Gap readings and partner contexts from the compact adjacency (bounded-paths.ts) kept between writes: the same id
// lists the analysis and partner Cypher return, computed by walking typed id arrays instead of re-reading the graph.
import type { Adjacency } from './bounded-paths.js';
import type { ServingGraph } from './mission-links.js';

/** A relationship by its ends and type (how relationships are read back, see relationshipsByKeyStatement). */
export interface RelationshipKey {
  start: string;
  type: string;
  end: string;
}

/** The adjacency plus the facts without sources, listed when it is built (one pass, then kept between writes). */
export interface AnalysisGraph {
  adjacency: Adjacency;
  /** Nodes with no sources, by id. */
  unsourcedNodes: string[];
  /** Relationships with no sources, by type, start, end (relationshipsWithoutProvenanceStatement's order). */
  unsourcedRelationships: RelationshipKey[];
  /** Node indexes in id order (the statements' ORDER BY id): sorting 100k ids per call took ~40 ms. */
  byId: Int32Array;
  /** Label masks by the labels asked (labelMask), made once per graph: ~5 ms each per call at 100k nodes. */
  masks: Map<string, Uint8Array>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function analysisGraph(
  adjacency: Adjacency,
  unsourcedNodes: readonly string[],
  unsourcedRelationships: readonly RelationshipKey[],
): AnalysisGraph {
  const byId = Int32Array.from(adjacency.ids.keys()).sort((x, y) => byCodeUnits(adjacency.ids[x]!, adjacency.ids[y]!));
  return {
    adjacency,
    byId,
    masks: new Map(),
    unsourcedNodes: [...unsourcedNodes].sort(byCodeUnits),
    unsourcedRelationships: [...unsourcedRelationships].sort(
      (a, b) => byCodeUnits(a.type, b.type) || byCodeUnits(a.start, b.start) || byCodeUnits(a.end, b.end),
    ),
  };
}

/** The id lists behind the gap facts (analysis-cypher.ts's statements, one each), nodes by id. */
interface GapIdReadings {
  unservedCareAgreements: string[];
  unservedProgrammes: string[];
  programmesWithoutMission: string[];
  pppsWithoutMission: string[];
  missionsWithoutPolicy: string[];
  programmesNotRun: string[];
  nodesWithoutProvenance: string[];
  relationshipsWithoutProvenance: RelationshipKey[];
  servingEdges: ServingGraph;
  servingEdgesCut: boolean;
}

// The relationship types and labels of analysis-cypher.ts's patterns, as fixed there.
const SERVING = ['ADDRESSES', 'ACTS_VIA', 'PART_OF', 'SUPPORTS', 'FUNDS'];
const PARTNERSHIP = ['PPP', 'NGFProject'];

/** Per node, whether it carries any of `labels` (one pass over the label lists, then kept with the graph). */
export function labelMask(graph: AnalysisGraph, labels: readonly string[]): Uint8Array {
  const key = labels.join('|');
  const known = graph.masks.get(key);
  if (known) return known;
  const a = graph.adjacency;
  const mask = new Uint8Array(a.ids.length);
  for (let i = 0; i < a.ids.length; i++) if (a.labels[i]!.some((l) => labels.includes(l))) mask[i] = 1;
  graph.masks.set(key, mask);
  return mask;
}

/** Per type index, whether the type is one of `names`. */
function typeMask(a: Adjacency, names: readonly string[]): Uint8Array {
  return Uint8Array.from(a.typeNames, (t) => (names.includes(t) ? 1 : 0));
}

type Direction = 'out' | 'in' | 'any';

/** Whether node i has a relationship of `types` (null: any) in `direction` to a node in `others` (null: any). */
function hasLink(
  a: Adjacency,
  i: number,
  types: Uint8Array | null,
  direction: Direction,
  others: Uint8Array | null,
): boolean {
  for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
    if (types && !types[a.types[k]!]) continue;
    if (direction === 'out' && !a.outward[k]) continue;
    if (direction === 'in' && a.outward[k]) continue;
    if (others && !others[a.others[k]!]) continue;
    return true;
  }
  return false;
}

/**
 * The serving relationships (missionPppEdgesStatement's pattern) as an undirected graph on the adjacency's node
 * indexes, and how many relationships the statement would return (its LIMIT cuts the facts at that bound).
 */
function servingGraph(
  graph: AnalysisGraph,
  mission: Uint8Array,
  ppp: Uint8Array,
  organisation: Uint8Array,
): { serving: ServingGraph; edges: number } {
  const a = graph.adjacency;
  const n = a.ids.length;
  const serving = typeMask(a, SERVING);
  // Ends the mission-to-PPP walk may pass: a mission, a PPP, or anything but an organisation.
  const end = new Uint8Array(n);
  for (let i = 0; i < n; i++) end[i] = mission[i] || ppp[i] || !organisation[i] ? 1 : 0;
  const offsets = new Int32Array(n + 1);
  let edges = 0;
  for (let i = 0; i < n; i++) {
    let degree = 0;
    if (end[i])
      for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++)
        if (serving[a.types[k]!] && end[a.others[k]!]) {
          degree++;
          if (a.outward[k]) edges++;
        }
    offsets[i + 1] = offsets[i]! + degree;
  }
  const neighbours = new Int32Array(offsets[n]!);
  for (let i = 0, at = 0; i < n; i++) {
    if (!end[i]) continue;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++)
      if (serving[a.types[k]!] && end[a.others[k]!]) neighbours[at++] = a.others[k]!;
  }
  return { serving: { ids: a.ids, mission, ppp, offsets, neighbours, order: graph.byId }, edges };
}

export function gapIdReadings(
  graph: AnalysisGraph,
  { provenanceLimit, edgeLimit }: { provenanceLimit: number; edgeLimit: number },
): GapIdReadings {
  const a = graph.adjacency;
  const mission = labelMask(graph, ['Mission']);
  const ppp = labelMask(graph, ['PPP']);
  const organisation = labelMask(graph, ['Organisation']);
  const partnership = labelMask(graph, PARTNERSHIP);
  const policy = labelMask(graph, ['Policy']);
  const careAgreement = labelMask(graph, ['CareAgreement']);
  const programme = labelMask(graph, ['Programme']);
  const order = graph.byId;
  /** Nodes carrying `label` without a matching link, by id (nodesWithout in analysis-cypher.ts). */
  const without = (label: Uint8Array, lacks: (i: number) => boolean) => {
    const out: string[] = [];
    for (const i of order) if (label[i] && lacks(i)) out.push(a.ids[i]!);
    return out;
  };
  const supports = typeMask(a, ['SUPPORTS']);
  const addresses = typeMask(a, ['ADDRESSES']);
  const frames = typeMask(a, ['FRAMES', 'ADDRESSES']);
  const runs = typeMask(a, ['RUNS']);
  const { serving, edges } = servingGraph(graph, mission, ppp, organisation);
  return {
    unservedCareAgreements: without(careAgreement, (i) => !hasLink(a, i, supports, 'in', partnership)),
    unservedProgrammes: without(programme, (i) => !hasLink(a, i, null, 'any', partnership)),
    programmesWithoutMission: without(programme, (i) => !hasLink(a, i, addresses, 'out', mission)),
    pppsWithoutMission: without(ppp, (i) => !hasLink(a, i, addresses, 'out', mission)),
    missionsWithoutPolicy: without(mission, (i) => !hasLink(a, i, frames, 'in', policy)),
    programmesNotRun: without(programme, (i) => !hasLink(a, i, runs, 'in', null)),
    nodesWithoutProvenance: graph.unsourcedNodes.slice(0, provenanceLimit),
    relationshipsWithoutProvenance: graph.unsourcedRelationships.slice(0, provenanceLimit),
    servingEdges: serving,
    servingEdgesCut: edges >= edgeLimit,
  };
}
