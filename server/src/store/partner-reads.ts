// Reads partner profiles in a few bounded statements; which candidates, in which order, and the profiles themselves
// are decided in domain/partner-profiles.ts.
import {
  addCandidates,
  candidateContextOrder,
  candidateProfiles,
  candidatesInOrder,
  subjectProfile,
  type CandidateReading,
  type ContextNode,
  type PartnerProfile,
  type ProfileCategory,
} from '../domain/partner-profiles.js';
import type { CypherExecutor } from './executor.js';
import {
  partnerCandidateContextStatement,
  partnerCandidatesStatement,
  partnerHubsStatement,
  partnerSubjectStatement,
} from './cypher/partner-cypher.js';
import { toNode } from './row-values.js';

// First slice of context nodes whose neighbours are read for candidates; each further slice doubles. The former single
// statement expanded every context node before its DISTINCT ... LIMIT (this engine's LIMIT does not stop early):
// seconds around hubs on 100k nodes, where the first few partnerships already name enough candidates.
const FIRST_SLICE = 4;

/**
 * The profile of `id` first, then those of up to `maxCandidates` candidates, with each candidate's category lists
 * limited to ids in the subject's context: all that rankPartners compares. Candidates are taken in a fixed order,
 * the same on every engine: next to the subject's neighbours first, then next to its partnerships' neighbours;
 * context nodes by id, and per context node its candidates by id. Empty when `id` is unknown.
 */
export async function readPartnerProfiles(
  executor: CypherExecutor,
  id: string,
  maxCandidates: number,
): Promise<PartnerProfile[]> {
  const subject = await readSubject(executor, id);
  if (!subject) return [];
  const order = candidateContextOrder(subject.near, subject.further);
  const found: string[] = [];
  const seen = new Set<string>();
  for (
    let start = 0, size = FIRST_SLICE;
    start < order.length && found.length < maxCandidates;
    start += size, size *= 2
  ) {
    const slice = order.slice(start, start + size);
    const rows = (await executor.read(partnerCandidatesStatement(slice))).map((r) => ({
      via: String(r.via),
      id: String(r.id),
    }));
    addCandidates(found, seen, candidatesInOrder(rows, slice), id, maxCandidates);
  }
  return [subject.profile, ...(await readCandidateProfiles(executor, subject.mine, found))];
}

/** The subject's profile and context (null when `id` is unknown). */
async function readSubject(executor: CypherExecutor, id: string) {
  const [row] = await executor.read(partnerSubjectStatement(id));
  if (!row) return null;
  const nodes = (list: unknown) =>
    (list as { id: unknown; labels: unknown[] }[]).map((y): ContextNode => ({
      id: String(y.id),
      labels: y.labels.map(String),
    }));
  const near = nodes(row.near);
  const further = nodes(row.further);
  return { near, further, ...subjectProfile(toNode(row.node), [...near, ...further]) };
}

/** Profiles of the candidates `ids`, restricted to the subject's categorised context `mine`. */
async function readCandidateProfiles(
  executor: CypherExecutor,
  mine: ReadonlyMap<string, readonly ProfileCategory[]>,
  ids: string[],
): Promise<PartnerProfile[]> {
  if (ids.length === 0) return [];
  const rows = await executor.read(partnerCandidateContextStatement(ids, mine.keys()));
  const candidates = rows.map((r): CandidateReading => ({
    node: toNode(r.node),
    near: (r.near as unknown[]).map(String),
    hubs: (r.hubs as unknown[]).map(String),
  }));
  // Each partnership once, however many candidates take part in it (the former statement re-read them per candidate).
  const hubs = [...new Set(candidates.flatMap((c) => c.hubs))];
  const hubRows = hubs.length > 0 && mine.size > 0 ? await executor.read(partnerHubsStatement(hubs)) : [];
  const hubNeighbours = new Map(hubRows.map((r) => [String(r.id), (r.neighbours as unknown[]).map(String)]));
  return candidateProfiles(mine, candidates, hubNeighbours);
}
