// Partner ranking: scores candidates by what they share with the given node, with reasons a person can read.
import { labelsWhere } from '@kies/schema';
import type { GraphNode } from './graph-data.js';
import type { PartnerProfile } from './partner-profiles.js';

export type ReasonKind =
  | 'SHARED_MISSION'
  | 'SHARED_TECHNOLOGY'
  | 'SHARED_TOPSECTOR'
  | 'SHARED_PARTNERSHIP'
  | 'SHARED_CARE_AGREEMENT'
  | 'COMPLEMENTARY_ROLE';

/** A reason as data: clients say it in their language; `explanation` (English) is filled in by name at the API. */
export interface Reason {
  kind: ReasonKind;
  /** The shared nodes the reason names (at most MAX_VIA). */
  viaIds: string[];
  /** How many nodes are shared in all (more than viaIds when capped). */
  count: number;
  /** For COMPLEMENTARY_ROLE: the candidate's and the subject's broad roles (see roleGroup). */
  role: string | null;
  subjectRole: string | null;
  /** For COMPLEMENTARY_ROLE: the candidate and the subject the sentence names. */
  candidate: GraphNode;
  subject: GraphNode;
}

export interface PartnerRanking {
  node: GraphNode;
  score: number;
  reasons: Reason[];
}

// Missions weigh most: the KIA organises collaboration around them; technologies and partnerships next.
const WEIGHTS = { missions: 3, technologies: 2, partnerships: 2, careAgreements: 1.5, topsectors: 1 } as const;
const COMPLEMENTARY_BONUS = 1.5;
/** Ids a reason names (and returns as `via`) at most. */
export const MAX_VIA = 20;

const REASONS: Record<keyof typeof WEIGHTS, ReasonKind> = {
  missions: 'SHARED_MISSION',
  technologies: 'SHARED_TECHNOLOGY',
  partnerships: 'SHARED_PARTNERSHIP',
  careAgreements: 'SHARED_CARE_AGREEMENT',
  topsectors: 'SHARED_TOPSECTOR',
};

// English sentences per reason (one shared node, several); {via} is the list of names, {count} how many in all.
const ENGLISH: Record<ReasonKind, { one: string; other: string }> = {
  SHARED_MISSION: { one: 'Both work on {via}', other: 'Both work on {count} missions: {via}' },
  SHARED_TECHNOLOGY: {
    one: 'Both work on the same key technology, programme or methodology: {via}',
    other: 'Both work on {count} shared key technologies, programmes or methodologies: {via}',
  },
  SHARED_PARTNERSHIP: {
    one: 'Both are connected with the same partnership, project, team or partner: {via}',
    other: 'Both are connected with {count} shared partnerships, projects, teams or partners: {via}',
  },
  SHARED_CARE_AGREEMENT: {
    one: 'Both support the care agreement {via}',
    other: 'Both support {count} care agreements: {via}',
  },
  SHARED_TOPSECTOR: {
    one: 'Both belong to the topsector or TKI {via}',
    other: 'Both belong to {count} topsectors or TKIs: {via}',
  },
  COMPLEMENTARY_ROLE: {
    one: '{candidate} brings a different role ({role}) next to {subject} ({subjectRole})',
    other: '',
  },
};

/** The English sentence of a reason, naming `via` (the reason's shared nodes, in order) by the names given. */
export function reasonExplanation(reason: Reason, viaNames: readonly string[]): string {
  const template =
    reason.count === 1 || reason.kind === 'COMPLEMENTARY_ROLE' ? ENGLISH[reason.kind].one : ENGLISH[reason.kind].other;
  const more = reason.count > viaNames.length ? ` and ${reason.count - viaNames.length} more` : '';
  const params: Record<string, string> = {
    via: viaNames.join(', ') + more,
    count: String(reason.count),
    role: reason.role ?? '',
    subjectRole: reason.subjectRole ?? '',
    candidate: label(reason.candidate),
    subject: label(reason.subject),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

// Broad roles by the words of an organisation's kind, first match wins (an "industry-association" is business).
const ROLE_PATTERNS: [string, RegExp][] = [
  ['funder', /fund|fonds|funder|investor/],
  ['knowledge', /univers|hogeschool|umc|institu|kennis|research|onderzoek|academy|school|expertise|knowledge|cohort/],
  ['business', /company|bedrijf|industr|mkb|startup|sme|enterprise|\brom\b|cooperative/],
  ['care', /care|zorg|hospital|ziekenhuis|provider|public-health/],
  ['government', /government|overheid|ministry|agency|gemeente|municipality|province|advisory|committee/],
  [
    'society',
    /foundation|association|stichting|vereniging|patient|network|citizens|federation|collective|platform|employers/,
  ],
];

/** Partnership hubs (PPPs, NGF projects): `partners.hub` in the label registry. */
const HUB_LABELS: readonly string[] = labelsWhere((spec) => spec.partners.hub);

/**
 * Broad role of a node (partnership, knowledge, business, care, government, society, funder); roles in different
 * groups complement each other. Null when the kind says nothing (a plain "organisation"): no role, no claim.
 */
function roleGroup(node: GraphNode): string | null {
  if (node.labels.some((l) => HUB_LABELS.includes(l))) return 'partnership';
  const kind = String(node.properties.kind ?? '').toLowerCase();
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(kind))?.[0] ?? null;
}

const label = (n: GraphNode) => String(n.properties.name ?? n.id);

/** The categories a partner can share with the subject, in the order reasons are listed. */
export type SharedCategory = keyof typeof WEIGHTS;
export const SHARED_CATEGORIES = Object.keys(WEIGHTS) as SharedCategory[];

/** A candidate as ranking sees it: its node and, per SHARED_CATEGORIES entry, how many ids it shares with the subject. */
interface SharedCounts {
  node: GraphNode;
  counts: readonly number[];
}

/**
 * Ranks candidates by what they share with `subject`; candidates sharing nothing are dropped. Scores need only the
 * counts; `sharedIds(i, category)` (candidate i's shared ids) is asked for the `limit` kept candidates only.
 */
export function rankShared(
  subject: GraphNode,
  candidates: readonly SharedCounts[],
  sharedIds: (candidate: number, category: SharedCategory) => string[],
  limit: number,
): PartnerRanking[] {
  const myRole = roleGroup(subject);
  const scored: { i: number; node: GraphNode; score: number; role: string | null; counts: readonly number[] }[] = [];
  candidates.forEach(({ node, counts }, i) => {
    let score = 0;
    let shares = false;
    SHARED_CATEGORIES.forEach((key, k) => {
      if (!counts[k]) return;
      shares = true;
      score += WEIGHTS[key] * counts[k];
    });
    if (!shares) return;
    const role = roleGroup(node);
    if (myRole && role && myRole !== role) score += COMPLEMENTARY_BONUS;
    scored.push({ i, node, score, role, counts });
  });
  scored.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id));
  return scored.slice(0, limit).map(({ i, node, score, role, counts }) => {
    const base = { role: null, subjectRole: null, candidate: node, subject };
    const reasons: Reason[] = SHARED_CATEGORIES.flatMap((key, k): Reason[] =>
      // A reason names at most MAX_VIA ids (the score counts them all): on a hub-heavy graph a candidate can share
      // thousands, and each named id becomes a node in the answer. The KIES seed never shares more than 6.
      counts[k]
        ? [{ ...base, kind: REASONS[key], viaIds: sharedIds(i, key).sort().slice(0, MAX_VIA), count: counts[k] }]
        : [],
    );
    if (myRole && role && myRole !== role) {
      reasons.push({ ...base, kind: 'COMPLEMENTARY_ROLE', viaIds: [], count: 0, role, subjectRole: myRole });
    }
    return { node, score, reasons };
  });
}

/**
 * Ranks every profile after the first (the subject) by shared context (rankShared); repeated candidates count once.
 * At 100k nodes a candidate can share ~17k ids with the subject: the readable reasons sort those for kept ones only.
 */
export function rankPartners(profiles: PartnerProfile[], limit: number): PartnerRanking[] {
  const [me, ...candidates] = profiles;
  if (!me) return [];
  const mine = SHARED_CATEGORIES.map((k) => new Set(me[k]));
  const seen = new Set<string>([me.node.id]);
  const shared: string[][][] = [];
  const counted: SharedCounts[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.node.id)) continue;
    seen.add(candidate.node.id);
    const ids = SHARED_CATEGORIES.map((key, k) => {
      const out = new Set<string>();
      for (const id of candidate[key])
        if (mine[k]!.has(id) && id !== me.node.id && id !== candidate.node.id) out.add(id);
      return [...out];
    });
    shared.push(ids);
    counted.push({ node: candidate.node, counts: ids.map((l) => l.length) });
  }
  return rankShared(me.node, counted, (i, key) => shared[i]![SHARED_CATEGORIES.indexOf(key)]!, limit);
}
