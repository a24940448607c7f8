// Assembles partner profiles from the pieces the store reads separately: the subject's context, candidates, partnerships.
import { labelsWhere, PARTNER_CATEGORIES, type NodeLabel, type PartnerCategory } from '@kies/schema';
import type { GraphNode } from './graph-data.js';

export type ProfileCategory = PartnerCategory;

const inCategory = (k: ProfileCategory) => labelsWhere((spec) => spec.partners.category === k);

/** The labels that put a context node into each category (each label's `partners.category` in the registry). */
const CATEGORY_LABELS: Record<ProfileCategory, readonly NodeLabel[]> = {
  missions: inCategory('missions'),
  technologies: inCategory('technologies'),
  topsectors: inCategory('topsectors'),
  partnerships: inCategory('partnerships'),
  careAgreements: inCategory('careAgreements'),
};
const CATEGORIES: readonly ProfileCategory[] = PARTNER_CATEGORIES;

/** A node's links relevant to partner ranking: what it shares with others is computed in the domain. */
export interface PartnerProfile {
  node: GraphNode;
  /** Neighbour ids by category: missions, technologies (KET/programme/KEM), topsectors/TKIs, partnerships, care agreements. */
  missions: string[];
  technologies: string[];
  topsectors: string[];
  partnerships: string[];
  careAgreements: string[];
}

const emptyProfile = (node: GraphNode): PartnerProfile => ({
  node,
  missions: [],
  technologies: [],
  topsectors: [],
  partnerships: [],
  careAgreements: [],
});

export interface ContextNode {
  id: string;
  labels: readonly string[];
}

/** A candidate as read: its neighbours within the subject's context and the partnerships (hubs) it takes part in. */
export interface CandidateReading {
  node: GraphNode;
  near: readonly string[];
  hubs: readonly string[];
}

/** Subject profile plus `mine`: each categorised context id with its categories (the only ids a ranking can share). */
export function subjectProfile(
  node: GraphNode,
  context: readonly ContextNode[],
): { profile: PartnerProfile; mine: Map<string, ProfileCategory[]> } {
  const mine = new Map<string, ProfileCategory[]>();
  for (const y of context) {
    if (mine.has(y.id)) continue;
    const categories = CATEGORIES.filter((k) => CATEGORY_LABELS[k].some((l) => y.labels.includes(l)));
    if (categories.length > 0) mine.set(y.id, categories);
  }
  const profile = emptyProfile(node);
  for (const [id, categories] of mine) for (const k of categories) profile[k].push(id);
  return { profile, mine };
}

/**
 * Candidate profiles restricted to the subject's context: a candidate's context is its neighbours plus the
 * neighbours of its partnerships (other than itself), and rankPartners only ever uses its intersection with the
 * subject's, so `hubNeighbours` (partnership id -> its neighbours; ids outside the subject's context are ignored) suffices.
 */
export function candidateProfiles(
  mine: ReadonlyMap<string, readonly ProfileCategory[]>,
  candidates: readonly CandidateReading[],
  hubNeighbours: ReadonlyMap<string, readonly string[]>,
): PartnerProfile[] {
  // Ids as indexes into the subject's context and one reused mark array: a candidate in thousands of partnerships
  // unions thousands of lists (5M ids for 300 candidates at 100k nodes), ~0.5 s more with Sets of strings.
  const ids = [...mine.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const categories = ids.map((id) => mine.get(id)!);
  const toIndexes = (list: readonly string[]) => {
    const out: number[] = [];
    for (const id of list) {
      const i = index.get(id);
      if (i !== undefined) out.push(i);
    }
    return out;
  };
  const hubIndexes = new Map([...hubNeighbours].map(([hub, list]) => [hub, toIndexes(list)]));
  const marks = new Uint8Array(ids.length);
  return candidates.map((c) => {
    marks.fill(0);
    for (const i of toIndexes(c.near)) marks[i] = 1;
    for (const hub of c.hubs) for (const i of hubIndexes.get(hub) ?? []) marks[i] = 1;
    const own = index.get(c.node.id);
    if (own !== undefined) marks[own] = 0;
    const profile = emptyProfile(c.node);
    for (let i = 0; i < ids.length; i++) if (marks[i]) for (const k of categories[i]!) profile[k].push(ids[i]!);
    return profile;
  });
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The context node ids whose neighbours are read for candidates, in the order candidates are taken (the same on
 * every engine): the subject's own neighbours by id, then its partnerships' neighbours by id.
 */
export function candidateContextOrder(near: readonly ContextNode[], further: readonly ContextNode[]): string[] {
  return [...new Set([...near.map((y) => y.id).sort(byId), ...further.map((y) => y.id).sort(byId)])];
}

/** The candidates read for one slice of context nodes, in taking order: by their context node's place, then by id. */
export function candidatesInOrder(rows: readonly { via: string; id: string }[], slice: readonly string[]): string[] {
  const position = new Map(slice.map((y, i) => [y, i]));
  return [...rows].sort((a, b) => position.get(a.via)! - position.get(b.via)! || byId(a.id, b.id)).map((r) => r.id);
}

/**
 * Adds the candidate ids of one discovery slice to `found` in order, skipping the subject and repeats, up to `max`.
 * Returns whether `found` is full.
 */
export function addCandidates(
  found: string[],
  seen: Set<string>,
  ids: readonly string[],
  subjectId: string,
  max: number,
): boolean {
  for (const id of ids) {
    if (found.length >= max) return true;
    if (id === subjectId || seen.has(id)) continue;
    seen.add(id);
    found.push(id);
  }
  return found.length >= max;
}
