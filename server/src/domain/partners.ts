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

/** Ranks every profile after the first (the subject) by shared context; candidates sharing nothing are dropped. */
export function rankPartners(profiles: PartnerProfile[], limit: number): PartnerRanking[] {
  const [me, ...candidates] = profiles;
  if (!me) return [];
  const mine = Object.fromEntries(
    (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).map((k) => [k, new Set(me[k])]),
  ) as Record<keyof typeof WEIGHTS, Set<string>>;
  const seen = new Set<string>([me.node.id]);
  const ranked: PartnerRanking[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.node.id)) continue;
    seen.add(candidate.node.id);
    const reasons: Reason[] = [];
    let score = 0;
    for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
      const shared = [...new Set(candidate[key])].filter((id) => mine[key].has(id) && id !== me.node.id && id !== candidate.node.id).sort();
      if (shared.length === 0) continue;
      score += WEIGHTS[key] * shared.length;
      reasons.push({ kind: REASONS[key].kind, explanation: `Both work on ${shared.length} shared ${REASONS[key].words}: ${shared.join(', ')}`, viaIds: shared });
    }
    if (reasons.length === 0) continue;
    const myRole = roleGroup(me.node);
    const theirRole = roleGroup(candidate.node);
    if (myRole && theirRole && myRole !== theirRole) {
      score += COMPLEMENTARY_BONUS;
      reasons.push({
        kind: 'COMPLEMENTARY_ROLE',
        explanation: `${label(candidate.node)} brings a different role (${theirRole}) next to ${label(me.node)} (${myRole})`,
        viaIds: [],
      });
    }
    ranked.push({ node: candidate.node, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id)).slice(0, limit);
}
