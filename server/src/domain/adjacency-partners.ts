// Partner contexts from the compact adjacency (bounded-paths.ts): the subject's context, its candidates in the order
// partner-reads.ts takes them, and each candidate's reading, as partner-cypher.ts's statements return them.
import { labelsWhere } from '@kies/schema';
import type { Adjacency } from './bounded-paths.js';
import { candidateContextOrder, type ContextNode } from './partner-profiles.js';

// The relationships through which a node takes part in a partnership, and the hub and candidate labels
// (partner-cypher.ts's HUB_LINK, HUB and CANDIDATE).
const HUB_LINK = ['PARTNER_IN', 'PART_OF', 'INITIATED_BY'];
const HUB_LABELS: readonly string[] = labelsWhere((s) => s.partners.hub);
const CANDIDATE_LABELS: readonly string[] = labelsWhere((s) => s.partners.candidate);

/** What the store reads for partner profiles, by id: the nodes themselves are fetched afterwards. */
export interface PartnerIdReadings {
  near: ContextNode[];
  further: ContextNode[];
  /** Candidates in taking order, each with its neighbours in the subject's context and its partnerships. */
  candidates: { id: string; near: string[]; hubs: string[] }[];
  /** Per partnership of a candidate: its neighbours within the subject's context (the rest is never compared). */
  hubNeighbours: Map<string, string[]>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Distinct neighbours of node i (by index), optionally only over `types` and to nodes `keep` accepts. */
function neighbours(a: Adjacency, i: number, types: Uint8Array | null, keep: (j: number) => boolean): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
    const j = a.others[k]!;
    if ((types && !types[a.types[k]!]) || seen.has(j) || !keep(j)) continue;
    seen.add(j);
    out.push(j);
  }
  return out;
}

/**
 * The readings behind readPartnerProfiles for `id` (null when the adjacency does not know it): candidates are the
 * first `maxCandidates` PPPs, NGF projects and organisations next to the context nodes taken in
 * candidateContextOrder, per context node by id, the subject and repeats skipped.
 */
export function partnerIdReadings(a: Adjacency, id: string, maxCandidates: number): PartnerIdReadings | null {
  const me = a.index.get(id);
  if (me === undefined) return null;
  const hubLabel = Uint8Array.from(a.labels, (ls) => (ls.some((l) => HUB_LABELS.includes(l)) ? 1 : 0));
  const hubLink = Uint8Array.from(a.typeNames, (t) => (HUB_LINK.includes(t) ? 1 : 0));
  const context = (j: number): ContextNode => ({ id: a.ids[j]!, labels: a.labels[j]! });
  const near = neighbours(a, me, null, () => true);
  const furtherIndexes = new Set<number>();
  for (const h of neighbours(a, me, hubLink, (j) => hubLabel[j] === 1))
    for (const y of neighbours(a, h, null, (j) => j !== me)) furtherIndexes.add(y);
  const further = [...furtherIndexes].map(context);
  const nearNodes = near.map(context);

  const found: number[] = [];
  const taken = new Set<number>([me]);
  for (const y of candidateContextOrder(nearNodes, further)) {
    if (found.length >= maxCandidates) break;
    const candidates = neighbours(a, a.index.get(y)!, null, (j) =>
      a.labels[j]!.some((l) => CANDIDATE_LABELS.includes(l)),
    ).sort((x, z) => byCodeUnits(a.ids[x]!, a.ids[z]!));
    for (const c of candidates) {
      if (found.length >= maxCandidates) break;
      if (taken.has(c)) continue;
      taken.add(c);
      found.push(c);
    }
  }

  // The subject's context as marks: a candidate's lists keep only these ids (candidateProfiles ignores the rest).
  const mine = new Uint8Array(a.ids.length);
  for (const y of near) mine[y] = 1;
  for (const y of furtherIndexes) mine[y] = 1;
  const hubNeighbours = new Map<string, string[]>();
  const candidates = found.map((c) => {
    const hubs = neighbours(a, c, hubLink, (j) => hubLabel[j] === 1);
    for (const h of hubs) {
      const hid = a.ids[h]!;
      if (!hubNeighbours.has(hid))
        hubNeighbours.set(
          hid,
          neighbours(a, h, null, (j) => mine[j] === 1).map((j) => a.ids[j]!),
        );
    }
    return {
      id: a.ids[c]!,
      near: neighbours(a, c, null, (j) => mine[j] === 1).map((j) => a.ids[j]!),
      hubs: hubs.map((h) => a.ids[h]!),
    };
  });
  return { near: nearNodes, further, candidates, hubNeighbours };
}
