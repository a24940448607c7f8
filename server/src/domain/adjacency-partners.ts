// Partner contexts from the compact adjacency (bounded-paths.ts): the subject's context, its candidates in the order
// partner-reads.ts takes them, and each candidate's reading, as partner-cypher.ts's statements return them.
import { labelsWhere } from '@kies/schema';
import type { Adjacency } from './bounded-paths.js';
import { labelMask, type AnalysisGraph } from './adjacency-analyses.js';
import { candidateContextOrder, subjectProfile, type ContextNode } from './partner-profiles.js';
import { MAX_VIA, rankShared, SHARED_CATEGORIES, type PartnerRanking, type SharedCategory } from './partners.js';
import type { GraphNode } from './graph-data.js';

// The relationships through which a node takes part in a partnership, and the hub and candidate labels
// (partner-cypher.ts's HUB_LINK, HUB and CANDIDATE).
const HUB_LINK = ['PARTNER_IN', 'PART_OF', 'INITIATED_BY'];
const HUB_LABELS: readonly string[] = labelsWhere((s) => s.partners.hub);
const CANDIDATE_LABELS: readonly string[] = labelsWhere((s) => s.partners.candidate);

/** What the store reads for partner profiles, by id: the nodes themselves are fetched afterwards. */
interface PartnerIdReadings {
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

/** The subject's context and its candidates, as node indexes (see partnerIdReadings for the order). */
interface PartnerContext {
  me: number;
  near: number[];
  further: number[];
  found: number[];
  hubLink: Uint8Array;
  hubLabel: Uint8Array;
}

export function partnerContext(graph: AnalysisGraph, id: string, maxCandidates: number): PartnerContext | null {
  const a = graph.adjacency;
  const me = a.index.get(id);
  if (me === undefined) return null;
  const hubLabel = labelMask(graph, HUB_LABELS);
  const candidateLabel = labelMask(graph, CANDIDATE_LABELS);
  const hubLink = Uint8Array.from(a.typeNames, (t) => (HUB_LINK.includes(t) ? 1 : 0));
  const near = neighbours(a, me, null, () => true);
  const furtherSet = new Set<number>();
  for (const h of neighbours(a, me, hubLink, (j) => hubLabel[j] === 1))
    for (const y of neighbours(a, h, null, (j) => j !== me)) furtherSet.add(y);
  const further = [...furtherSet];
  const found: number[] = [];
  const taken = new Set<number>([me]);
  const context = (j: number): ContextNode => ({ id: a.ids[j]!, labels: a.labels[j]! });
  for (const y of candidateContextOrder(near.map(context), further.map(context))) {
    if (found.length >= maxCandidates) break;
    const candidates = neighbours(a, a.index.get(y)!, null, (j) => candidateLabel[j] === 1).sort((x, z) =>
      byCodeUnits(a.ids[x]!, a.ids[z]!),
    );
    for (const c of candidates) {
      if (found.length >= maxCandidates) break;
      if (taken.has(c)) continue;
      taken.add(c);
      found.push(c);
    }
  }
  return { me, near, further, found, hubLink, hubLabel };
}

/**
 * The readings behind readPartnerProfiles for `id` (null when the adjacency does not know it): candidates are the
 * first `maxCandidates` PPPs, NGF projects and organisations next to the context nodes taken in
 * candidateContextOrder, per context node by id, the subject and repeats skipped.
 */
export function partnerIdReadings(graph: AnalysisGraph, id: string, maxCandidates: number): PartnerIdReadings | null {
  const found = partnerContext(graph, id, maxCandidates);
  if (!found) return null;
  const a = graph.adjacency;
  const { hubLink, hubLabel } = found;
  const context = (j: number): ContextNode => ({ id: a.ids[j]!, labels: a.labels[j]! });
  // The subject's context as marks: a candidate's lists keep only these ids (candidateProfiles ignores the rest).
  const mine = new Uint8Array(a.ids.length);
  for (const y of [...found.near, ...found.further]) mine[y] = 1;
  const hubNeighbours = new Map<string, string[]>();
  const candidates = found.found.map((c) => {
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
  return { near: found.near.map(context), further: found.further.map(context), candidates, hubNeighbours };
}

/**
 * rankPartners over the profiles partnerIdReadings describes, computed on node indexes: a candidate's shared ids
 * are counted with a stamp per node instead of listed as strings (at 100k nodes 300 candidates share ~5M ids with
 * a well-connected organisation; listing and comparing those as strings took ~0.7 s). `nodes` holds the subject and
 * the candidates (`found.found`); a candidate without a node is left out.
 */
export function adjacencyPartnerRanking(
  graph: AnalysisGraph,
  found: PartnerContext,
  nodes: ReadonlyMap<string, GraphNode>,
  limit: number,
): PartnerRanking[] {
  const subject = nodes.get(graph.adjacency.ids[found.me]!);
  if (!subject) return [];
  const a = graph.adjacency;
  const { me, hubLink, hubLabel } = found;
  const context = (j: number): ContextNode => ({ id: a.ids[j]!, labels: a.labels[j]! });
  const { mine } = subjectProfile(subject, [...found.near, ...found.further].map(context));
  // Per node, its categories in the subject's context as bits (SHARED_CATEGORIES order); 0 outside it.
  const bits = new Uint8Array(a.ids.length);
  for (const [y, categories] of mine)
    for (const k of categories) bits[a.index.get(y)!]! |= 1 << SHARED_CATEGORIES.indexOf(k);
  const stamp = new Int32Array(a.ids.length);
  let round = 0;
  // Per walk, how many nodes of each bit pattern it met (5 categories: 32 patterns); one increment per node.
  const patterns = new Int32Array(1 << SHARED_CATEGORIES.length);
  /** Counts into `patterns` (and lists into `out`, with bit `keep`) the unseen nodes of list[from..to) in context. */
  const scan = (list: Int32Array, from: number, to: number, c: number, out: number[] | null, keep: number) => {
    for (let k = from; k < to; k++) {
      const j = list[k]!;
      const b = bits[j]!;
      if (b === 0 || stamp[j] === round || j === me || j === c) continue;
      stamp[j] = round;
      patterns[b]!++;
      if (out && b & keep) out.push(j);
    }
  };
  /** Walks c's context in the subject's (its neighbours and its partnerships' neighbours), c and the subject left out. */
  const walk = (c: number, out: number[] | null, keep: number) => {
    round++;
    patterns.fill(0);
    scan(a.others, a.offsets[c]!, a.offsets[c + 1]!, c, out, keep);
    for (const h of neighbours(a, c, hubLink, (j) => hubLabel[j] === 1)) {
      const list = inContext(h);
      scan(list, 0, list.length, c, out, keep);
    }
  };
  // A partnership's neighbours within the subject's context, listed once per call: candidates share the big hubs
  // (10k+ relationships at 100k nodes), and most of a hub's neighbours are outside the context.
  const hubLists = new Map<number, Int32Array>();
  const inContext = (h: number) => {
    let list = hubLists.get(h);
    if (!list) {
      const out: number[] = [];
      for (let k = a.offsets[h]!; k < a.offsets[h + 1]!; k++) if (bits[a.others[k]!] !== 0) out.push(a.others[k]!);
      hubLists.set(h, (list = Int32Array.from(out)));
    }
    return list;
  };
  const candidates = found.found.filter((c) => nodes.has(a.ids[c]!));
  const counted = candidates.map((c) => {
    walk(c, null, 0);
    const counts = SHARED_CATEGORIES.map((_, k) => {
      let n = 0;
      for (let b = 1; b < patterns.length; b++) if (b & (1 << k)) n += patterns[b]!;
      return n;
    });
    return { node: nodes.get(a.ids[c]!)!, counts };
  });
  // A reason names the MAX_VIA smallest shared ids (rankShared sorts them and keeps that many): per kept candidate
  // one walk listing its context nodes, then per category the smallest picked by id rank, not thousands of ids
  // listed and sorted as strings (~80 ms per call at 100k for a well-connected organisation).
  const rank = new Int32Array(a.ids.length);
  graph.byId.forEach((i, r) => (rank[i] = r));
  const walked = new Map<number, number[]>();
  const sharedIds = (i: number, category: SharedCategory) => {
    let met = walked.get(i);
    if (!met) {
      walk(candidates[i]!, (met = []), ~0);
      walked.set(i, met);
    }
    const bit = 1 << SHARED_CATEGORIES.indexOf(category);
    const best: number[] = []; // by rank, at most MAX_VIA
    for (const j of met) {
      if (!(bits[j]! & bit)) continue;
      const r = rank[j]!;
      if (best.length === MAX_VIA && r >= rank[best[MAX_VIA - 1]!]!) continue;
      let at = best.length;
      if (at < MAX_VIA) best.push(j);
      else at = MAX_VIA - 1;
      for (; at > 0 && rank[best[at - 1]!]! > r; at--) best[at] = best[at - 1]!;
      best[at] = j;
    }
    return best.map((j) => a.ids[j]!);
  };
  return rankShared(subject, counted, sharedIds, limit);
}
