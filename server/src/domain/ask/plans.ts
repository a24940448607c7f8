// The typed queries an interpreted question runs (AskPlan), the relationship groups they follow, and their builders.
import { relationshipSpec, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { GapKind } from '../gaps.js';

/**
 * Which one-step hops of a paths plan answer the question: all of them, only those leaving the linked node ("what
 * VWS funds"), only those arriving at it ("who funds Health-RI"), those reaching the linked node's members ("who takes part in DEMPACT") or the linked node's own
 * memberships ("what does TNO take part in").
 */
export type HopSide = 'all' | 'outgoing' | 'incoming' | 'members' | 'memberships';

/** A typed query of the API, with the arguments the question gave it. */
export type AskPlan =
  | {
      op: 'paths';
      from: string;
      to: string | null;
      toLabels: NodeLabel[] | null;
      maxLength: number;
      types: RelationshipType[] | null;
      limit: number;
      keep: HopSide;
    }
  | { op: 'partners'; of: string; limit: number }
  | { op: 'gaps'; kinds: GapKind[] | null; about: string | null; emptyDimension: NodeLabel | null }
  | { op: 'neighbourhood'; id: string; limit: number; details: boolean }
  | { op: 'stats'; label: NodeLabel | null }
  | { op: 'nodes'; labels: NodeLabel[]; first: number }
  | { op: 'search'; text: string; labels: NodeLabel[] | null; first: number }
  | { op: 'none' };

export type PathsPlan = Extract<AskPlan, { op: 'paths' }>;

/** What points at a mission: addressing it, a key technology's input for it, a policy framing it. */
const SERVING: RelationshipType[] = ['ADDRESSES', 'INPUT_FOR', 'FRAMES'];

/** The serving types nodes of `kinds` can start (the model's allowed ends): PPPs address, policies also frame. */
export function servingTypes(kinds: readonly NodeLabel[] | null): RelationshipType[] {
  if (!kinds || kinds.length === 0) return SERVING;
  const fitting = SERVING.filter((t) => kinds.some((k) => (relationshipSpec(t).from as readonly string[]).includes(k)));
  return fitting.length > 0 ? fitting : ['ADDRESSES'];
}
export const MEMBERSHIP: RelationshipType[] = ['PARTNER_IN', 'MEMBER_OF', 'RUNS', 'PART_OF', 'INITIATED_BY'];
/** Funding and steering: a ministry funds, acts via a route, or is responsible for a policy ("who is responsible for the NTS"). */
export const FUNDING: RelationshipType[] = ['FUNDS', 'ACTS_VIA', 'RESPONSIBLE_FOR'];
/** Membership types read from the hub to the member (X INITIATED_BY Y: Y took part in X); the others member -> hub. */
const HUB_TO_MEMBER: readonly RelationshipType[] = ['INITIATED_BY'];

/** One hop from `from` to nodes of `toLabels` (null: any kind) over `types` (null: any type). */
export const oneHop = (
  from: string,
  toLabels: NodeLabel[] | null,
  types: RelationshipType[] | null,
  keep: HopSide = 'all',
): PathsPlan => ({ op: 'paths', from, to: null, toLabels, maxLength: 1, types, limit: 200, keep });

/** Paths between two named nodes, up to three steps. */
export const between = (from: string, to: string): PathsPlan => ({
  op: 'paths',
  from,
  to,
  toLabels: null,
  maxLength: 3,
  types: null,
  limit: 10,
  keep: 'all',
});

/** Whether a one-step hop over `rel` from the plan's node answers the plan (see HopSide). */
export function keepsHop(plan: PathsPlan, rel: { type: string; start: string; end: string }): boolean {
  const fromStart = rel.start === plan.from;
  const memberToHub = !HUB_TO_MEMBER.includes(rel.type as RelationshipType);
  switch (plan.keep) {
    case 'all':
      return true;
    case 'outgoing':
      return fromStart;
    case 'incoming':
      return !fromStart;
    case 'members':
      return memberToHub ? !fromStart : fromStart;
    case 'memberships':
      return memberToHub ? fromStart : !fromStart;
  }
}

/** The gap kinds a "which X have nothing" question asks for, by the first kind it names. */
export function gapKinds(kinds: readonly NodeLabel[]): { kinds: GapKind[] | null; emptyDimension: NodeLabel | null } {
  switch (kinds[0]) {
    case 'CareAgreement':
      return { kinds: ['UNSERVED_CARE_AGREEMENT'], emptyDimension: null };
    case 'Programme':
      return { kinds: ['UNSERVED_PROGRAMME', 'PROGRAMME_WITHOUT_MISSION'], emptyDimension: null };
    case 'PPP':
      return { kinds: ['PPP_WITHOUT_MISSION'], emptyDimension: null };
    case 'Mission':
      return { kinds: ['THIN_MISSION_CELL'], emptyDimension: kinds[1] ?? 'PPP' };
    default:
      return { kinds: null, emptyDimension: null };
  }
}
