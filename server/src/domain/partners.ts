// Partner ranking: scores candidates by what they share with the given node, with reasons a person can read.
import type { GraphNode } from './graph-data.js';
import type { PartnerProfile } from './query-types.js';

export type ReasonKind =
  | 'SHARED_MISSION' | 'SHARED_TECHNOLOGY' | 'SHARED_TOPSECTOR' | 'SHARED_PARTNERSHIP' | 'SHARED_CARE_AGREEMENT' | 'COMPLEMENTARY_ROLE';

export interface Reason {
  kind: ReasonKind;
  explanation: string;
  viaIds: string[];
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

const REASONS: Record<keyof typeof WEIGHTS, { kind: ReasonKind; words: string }> = {
  missions: { kind: 'SHARED_MISSION', words: 'mission(s)' },
  technologies: { kind: 'SHARED_TECHNOLOGY', words: 'key technolog(ies), programme(s) or methodolog(ies)' },
  partnerships: { kind: 'SHARED_PARTNERSHIP', words: 'partnership(s) or partner(s)' },
  careAgreements: { kind: 'SHARED_CARE_AGREEMENT', words: 'care agreement(s)' },
  topsectors: { kind: 'SHARED_TOPSECTOR', words: 'topsector(s)' },
};

/** Broad role of an organisation's kind; roles in different groups complement each other. */
function roleGroup(node: GraphNode): string | null {
  if (node.labels.includes('PPP') || node.labels.includes('NGFProject')) return 'partnership';
  const kind = String(node.properties.kind ?? '').toLowerCase();
  if (/univers|hogeschool|umc|institu|kennis|research|onderzoek/.test(kind)) return 'knowledge';
  if (/company|bedrijf|industr|mkb|startup|sme/.test(kind)) return 'business';
  if (/care|zorg|hospital|ziekenhuis|provider/.test(kind)) return 'care';
  if (/government|overheid|ministry|agency|gemeente|province/.test(kind)) return 'government';
  if (/foundation|association|stichting|vereniging|patient|network/.test(kind)) return 'society';
  return kind ? kind : null;
}

const label = (n: GraphNode) => String(n.properties.name ?? n.id);

/**
 * Ranks every profile after the first (the subject) by shared context; candidates sharing nothing are dropped.
 * Scores need only counts; the readable reasons (sorted id lists) are built for the `limit` kept candidates only:
 * at 100k nodes a candidate can share ~17k ids with the subject, and sorting those for 300 candidates took seconds.
 */
export function rankPartners(profiles: PartnerProfile[], limit: number): PartnerRanking[] {
  const [me, ...candidates] = profiles;
  if (!me) return [];
  const keys = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];
  const mine = Object.fromEntries(keys.map((k) => [k, new Set(me[k])])) as Record<keyof typeof WEIGHTS, Set<string>>;
  const sharedWith = (candidate: PartnerProfile, key: keyof typeof WEIGHTS) => {
    const ids = new Set<string>();
    for (const id of candidate[key]) if (mine[key].has(id) && id !== me.node.id && id !== candidate.node.id) ids.add(id);
    return [...ids];
  };
  const myRole = roleGroup(me.node);
  const seen = new Set<string>([me.node.id]);
  const scored: { candidate: PartnerProfile; score: number; shared: Map<keyof typeof WEIGHTS, string[]>; role: string | null }[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.node.id)) continue;
    seen.add(candidate.node.id);
    const shared = new Map<keyof typeof WEIGHTS, string[]>();
    let score = 0;
    for (const key of keys) {
      const ids = sharedWith(candidate, key);
      if (ids.length === 0) continue;
      shared.set(key, ids);
      score += WEIGHTS[key] * ids.length;
    }
    if (shared.size === 0) continue;
    const role = roleGroup(candidate.node);
    if (myRole && role && myRole !== role) score += COMPLEMENTARY_BONUS;
    scored.push({ candidate, score, shared, role });
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.node.id.localeCompare(b.candidate.node.id));
  return scored.slice(0, limit).map(({ candidate, score, shared, role }) => {
    const reasons: Reason[] = [...shared].map(([key, ids]) => {
      // A reason names at most MAX_VIA ids (the score counts them all): on a hub-heavy graph a candidate can share
      // thousands, and each named id becomes a node in the answer. The KIES seed never shares more than 6.
      const named = ids.sort().slice(0, MAX_VIA);
      const more = ids.length > MAX_VIA ? ` and ${ids.length - MAX_VIA} more` : '';
      return { kind: REASONS[key].kind, explanation: `Both work on ${ids.length} shared ${REASONS[key].words}: ${named.join(', ')}${more}`, viaIds: named };
    });
    if (myRole && role && myRole !== role) {
      reasons.push({
        kind: 'COMPLEMENTARY_ROLE',
        explanation: `${label(candidate.node)} brings a different role (${role}) next to ${label(me.node)} (${myRole})`,
        viaIds: [],
      });
    }
    return { node: candidate.node, score, reasons };
  });
}
