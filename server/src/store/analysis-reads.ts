// Gap facts and partner profiles on the embedded store from the compact adjacency kept between writes
// (domain/adjacency-analyses.ts, adjacency-partners.ts): the walks are in memory, only the nodes and relationships
// an answer names are read, by id. Same answers as the Cypher path (query-store.ts, partner-reads.ts).
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { CoverageEntry } from '../domain/coverage.js';
import { assembleGapFacts, type GapFacts } from '../domain/gap-facts.js';
import { gapIdReadings, type AnalysisGraph, type RelationshipKey } from '../domain/adjacency-analyses.js';
import { adjacencyPartnerRanking, partnerContext, partnerIdReadings } from '../domain/adjacency-partners.js';
import type { PartnerRanking } from '../domain/partners.js';
import {
  candidateProfiles,
  subjectProfile,
  type CandidateReading,
  type PartnerProfile,
} from '../domain/partner-profiles.js';
import type { CypherExecutor } from './executor.js';
import { relationshipsByKeyStatement } from './cypher/adjacency-cypher.js';
import { nodesByIdStatement } from './cypher/query-cypher.js';
import { toNode, toRelationship } from './row-values.js';

async function nodesOf(executor: CypherExecutor, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read(nodesByIdStatement([...new Set(ids)]));
  return new Map(rows.map((r) => toNode(r.node)).map((n) => [n.id, n]));
}

const keyOf = (k: RelationshipKey) => `${k.start}|${k.type}|${k.end}`;

/** The relationships without sources at `keys`, in the keys' order (one per listed relationship). */
async function unsourcedRelationships(
  executor: CypherExecutor,
  keys: readonly RelationshipKey[],
): Promise<GraphRelationship[]> {
  if (keys.length === 0) return [];
  const unique = new Map(keys.map((k) => [keyOf(k), k]));
  const rows = await executor.read(relationshipsByKeyStatement([...unique.values()]));
  const byKey = new Map<string, GraphRelationship[]>();
  for (const rel of rows.map((r) => toRelationship(r.rel))) {
    const sources = rel.properties.sources;
    if (Array.isArray(sources) && sources.length > 0) continue;
    byKey.set(keyOf(rel), [...(byKey.get(keyOf(rel)) ?? []), rel]);
  }
  // A key listed twice is two relationships between the same ends: each read once, in the order listed.
  const used = new Map<string, number>();
  const out: GraphRelationship[] = [];
  for (const k of keys) {
    const at = used.get(keyOf(k)) ?? 0;
    const rel = byKey.get(keyOf(k))?.[at];
    used.set(keyOf(k), at + 1);
    if (rel) out.push(rel);
  }
  return out;
}

/** The gap facts: `coverage` is the mission matrix (cached between writes on this store), the rest from `graph`. */
export async function adjacencyGapFacts(
  executor: CypherExecutor,
  graph: AnalysisGraph,
  coverage: { missions: GraphNode[]; entries: CoverageEntry[] },
  limits: { provenanceLimit: number; edgeLimit: number },
): Promise<GapFacts> {
  const ids = gapIdReadings(graph, limits);
  const lists = [
    ids.unservedCareAgreements,
    ids.unservedProgrammes,
    ids.programmesWithoutMission,
    ids.pppsWithoutMission,
    ids.missionsWithoutPolicy,
    ids.programmesNotRun,
    ids.nodesWithoutProvenance,
  ];
  const [nodes, relationshipsWithoutProvenance] = await Promise.all([
    nodesOf(executor, lists.flat()),
    unsourcedRelationships(executor, ids.relationshipsWithoutProvenance),
  ]);
  const resolved = (list: string[]) => list.flatMap((id) => nodes.get(id) ?? []);
  const { facts, unreadIds } = assembleGapFacts({
    missions: coverage.missions,
    coverage: coverage.entries,
    unservedCareAgreements: resolved(ids.unservedCareAgreements),
    unservedProgrammes: resolved(ids.unservedProgrammes),
    programmesWithoutMission: resolved(ids.programmesWithoutMission),
    pppsWithoutMission: resolved(ids.pppsWithoutMission),
    missionsWithoutPolicy: resolved(ids.missionsWithoutPolicy),
    programmesNotRun: resolved(ids.programmesNotRun),
    nodesWithoutProvenance: resolved(ids.nodesWithoutProvenance),
    relationshipsWithoutProvenance,
    servingEdges: ids.servingEdges,
    servingEdgesCut: ids.servingEdgesCut,
  });
  const referenced = await nodesOf(executor, unreadIds);
  return { ...facts, referencedNodes: [...referenced.values()] };
}

/** readPartnerProfiles' answer from `graph`: the subject's profile first, then its candidates'. */
export async function adjacencyPartnerProfiles(
  executor: CypherExecutor,
  graph: AnalysisGraph,
  id: string,
  maxCandidates: number,
): Promise<PartnerProfile[]> {
  const readings = partnerIdReadings(graph, id, maxCandidates);
  if (!readings) return [];
  const nodes = await nodesOf(executor, [id, ...readings.candidates.map((c) => c.id)]);
  const subject = nodes.get(id);
  // Deleted since the adjacency was read: the next call re-reads (a write bumps the generation).
  if (!subject) return [];
  const { profile, mine } = subjectProfile(subject, [...readings.near, ...readings.further]);
  const candidates = readings.candidates.flatMap((c): CandidateReading[] => {
    const node = nodes.get(c.id);
    return node ? [{ node, near: c.near, hubs: c.hubs }] : [];
  });
  return [profile, ...candidateProfiles(mine, candidates, readings.hubNeighbours)];
}

/** The `limit` best partners of `id` (rankPartners' answer), ranked on the adjacency; only the nodes are read. */
export async function adjacencyPartners(
  executor: CypherExecutor,
  graph: AnalysisGraph,
  id: string,
  maxCandidates: number,
  limit: number,
): Promise<PartnerRanking[]> {
  const found = partnerContext(graph, id, maxCandidates);
  if (!found) return [];
  const nodes = await nodesOf(executor, [id, ...found.found.map((c) => graph.adjacency.ids[c]!)]);
  return adjacencyPartnerRanking(graph, found, nodes, limit);
}
