// Intent recognition: from cues, kinds and linked entities to one of the typed queries the API already has (a plan).
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GapKind } from '../gaps.js';
import type { EntityLink, ScoredNode } from './linking.js';
import { contentTokens, type ParsedQuestion } from './parse.js';
import type { AskLanguage } from './text.js';

const LINKING_WORDS = new Set(['of', 'van', 'the', 'de', 'het', 'der']);
import { cuesOfWord } from './vocabulary.js';

export type AskIntent =
  | 'SERVES_MISSION'
  | 'LINKED'
  | 'CONNECTION'
  | 'PARTNERS'
  | 'GAPS'
  | 'FUNDS_STEERS'
  | 'DETAILS'
  | 'COUNT'
  | 'NEIGHBOURHOOD'
  | 'LIST'
  | 'SEARCH'
  | 'NOT_UNDERSTOOD';

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
      forwardOnly: boolean;
    }
  | { op: 'partners'; of: string; limit: number }
  | { op: 'gaps'; kinds: GapKind[] | null; about: string | null; emptyDimension: NodeLabel | null }
  | { op: 'neighbourhood'; id: string; limit: number; details: boolean }
  | { op: 'stats'; label: NodeLabel | null }
  | { op: 'nodes'; labels: NodeLabel[]; first: number }
  | { op: 'search'; text: string; first: number }
  | { op: 'none' };

export interface Interpretation {
  lang: AskLanguage;
  intent: AskIntent;
  /** The entities the plan uses, in the order it uses them. */
  entities: (ScoredNode & { mention: string })[];
  /** Kinds of node the question asks about ("PPPs"). */
  kinds: NodeLabel[];
  plan: AskPlan;
  /** Mentions that name several nodes equally well: the question is answered only once one is chosen. */
  choices: EntityLink[];
  /** True when the question asks for a number rather than a list. */
  counting: boolean;
}

const SERVING: RelationshipType[] = ['ADDRESSES'];
const MEMBERSHIP: RelationshipType[] = ['PARTNER_IN', 'MEMBER_OF', 'PART_OF', 'INITIATED_BY'];
const FUNDING: RelationshipType[] = ['FUNDS', 'ACTS_VIA'];

const isMission = (s: ScoredNode) => s.node.labels.includes('Mission');

/** Kind words not used as part of a name nor as a hint right next to one ("ministerie VWS"): what the question asks for. */
function askedKinds(parsed: ParsedQuestion, links: readonly EntityLink[]): NodeLabel[] {
  const inLinks = new Set(links.flatMap((l) => l.tokenIndexes));
  // The word right before or after a name, over function words ("the ministry of Economic Affairs"), names its kind.
  const step = (from: number, by: number) => {
    let i = from + by;
    while (parsed.tokens[i] && LINKING_WORDS.has(parsed.tokens[i].text)) i += by;
    return i;
  };
  const edges = new Set(
    links.flatMap((l) => [step(Math.min(...l.tokenIndexes), -1), step(Math.max(...l.tokenIndexes), 1)]),
  );
  const kinds: NodeLabel[] = [];
  for (const word of parsed.labels) {
    if (word.indexes.some((i) => inLinks.has(i))) continue;
    if (word.indexes.length === 1 && edges.has(word.indexes[0]) && (kinds.length > 0 || parsed.labels.length === 1))
      continue;
    if (!kinds.includes(word.label)) kinds.push(word.label);
  }
  return kinds;
}

/** Picks one candidate where the slot's expected kinds single it out; otherwise the link stays a choice to make. */
function resolve(link: EntityLink, prefer: readonly NodeLabel[]): ScoredNode | null {
  if (!link.ambiguous) return link.candidates[0];
  const fitting = link.candidates.filter((c) => c.node.labels.some((l) => prefer.includes(l)));
  return fitting.length === 1 ? fitting[0] : null;
}

function gapKinds(kinds: readonly NodeLabel[]): { kinds: GapKind[] | null; emptyDimension: NodeLabel | null } {
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

/** How the question is understood and which typed query answers it (or why none does). */
export function interpret(parsed: ParsedQuestion, links: readonly EntityLink[]): Interpretation {
  const c = parsed.cues;
  const kinds = askedKinds(parsed, links);
  const base = { lang: parsed.lang, kinds, choices: [] as EntityLink[], counting: c.has('count') };
  const none = (): Interpretation => ({ ...base, intent: 'NOT_UNDERSTOOD', entities: [], plan: { op: 'none' } });

  // Words nothing explains (neither cue, kind nor entity) outnumbering those understood: say so rather than guess.
  const explained = new Set([...links.flatMap((l) => l.tokenIndexes), ...parsed.labels.flatMap((l) => l.indexes)]);
  const content = contentTokens(parsed);
  const unknown = content.filter((t) => !explained.has(t.index) && cuesOfWord(t.text).length === 0);
  const known = content.length - unknown.length;
  if (
    content.length === 0 ||
    (links.length === 0 && kinds.length === 0 && !c.has('search')) ||
    (unknown.length >= 2 && unknown.length > known)
  )
    return none();
  // Only loose matches (part of a longer name, or several names) and no way of asking we know: not a question about the graph.
  const weak = (l: EntityLink) => (l.ambiguous && l.candidates[0].confidence < 1) || l.candidates[0].confidence < 0.8;
  const asking = [...c].some((cue) => cue !== 'list' && cue !== 'details');
  if (links.length > 0 && links.every(weak) && kinds.length === 0 && !asking) return none();

  // Each intent names the kinds its entity slots expect; ambiguous mentions those kinds single out are resolved.
  const pick = (
    prefer: NodeLabel[],
    n: number,
    from: readonly EntityLink[],
  ): (ScoredNode & { mention: string })[] | EntityLink[] => {
    const chosen: (ScoredNode & { mention: string })[] = [];
    const open: EntityLink[] = [];
    for (const link of from.slice(0, n)) {
      const s = resolve(link, prefer);
      if (s) chosen.push({ ...s, mention: link.mention });
      else open.push(link);
    }
    return open.length > 0 ? open : chosen;
  };
  const build = (
    intent: AskIntent,
    prefer: NodeLabel[],
    n: number,
    plan: (e: (ScoredNode & { mention: string })[]) => AskPlan,
    from: readonly EntityLink[] = links,
  ): Interpretation => {
    const picked = pick(prefer, n, from);
    if (picked.length > 0 && 'ambiguous' in picked[0])
      return { ...base, intent, entities: [], plan: { op: 'none' }, choices: picked as EntityLink[] };
    const entities = picked as (ScoredNode & { mention: string })[];
    return { ...base, intent, entities, plan: plan(entities) };
  };
  const missionFirst = [...links].sort(
    (a, b) => Number(b.candidates.some(isMission)) - Number(a.candidates.some(isMission)),
  );
  const E = links.length;
  const firstIsMission = E > 0 && links[0].candidates.every(isMission);
  const anyMission = links.find((l) => l.candidates.every(isMission));

  if (c.has('count')) {
    if (E > 0) {
      const mission = anyMission !== undefined;
      return build(
        'COUNT',
        ['Mission'],
        1,
        ([e]) => ({
          op: 'paths',
          from: e.node.id,
          to: null,
          toLabels: kinds.length > 0 ? kinds : null,
          maxLength: 1,
          types: mission ? SERVING : null,
          limit: 200,
          forwardOnly: false,
        }),
        missionFirst,
      );
    }
    return kinds.length > 0
      ? { ...base, intent: 'COUNT', entities: [], plan: { op: 'stats', label: kinds[0] } }
      : none();
  }
  if (
    c.has('gap') ||
    (c.has('nothing') && (c.has('serve') || c.has('connect') || c.has('fund') || kinds.length >= 2))
  ) {
    const { kinds: gk, emptyDimension } = gapKinds(kinds);
    if (anyMission) {
      const links1 = [anyMission];
      const s = resolve(links1[0], ['Mission'])!;
      return {
        ...base,
        intent: 'GAPS',
        entities: [{ ...s, mention: anyMission.mention }],
        plan: { op: 'gaps', kinds: emptyDimension ? gk : null, about: s.node.id, emptyDimension },
      };
    }
    if (E > 0 && kinds.length === 0)
      return build('GAPS', [], 1, ([e]) => ({ op: 'gaps', kinds: null, about: e.node.id, emptyDimension: null }));
    return { ...base, intent: 'GAPS', entities: [], plan: { op: 'gaps', kinds: gk, about: null, emptyDimension } };
  }
  // "In which PPPs is Philips a partner?" asks for memberships; "who are partners for Philips?" for suggestions.
  const hubKinds = kinds.some(
    (k) => k === 'PPP' || k === 'NGFProject' || k === 'Programme' || k === 'Activity' || k === 'Team',
  );
  if (c.has('partner') && E > 0 && hubKinds) {
    return build('LINKED', [], 1, ([e]) => ({
      op: 'paths',
      from: e.node.id,
      to: null,
      toLabels: kinds,
      maxLength: 1,
      types: MEMBERSHIP,
      limit: 200,
      forwardOnly: false,
    }));
  }
  if (c.has('partner') && E > 0)
    return build('PARTNERS', ['Organisation', 'PPP', 'TKI', 'Topsector'], 1, ([e]) => ({
      op: 'partners',
      of: e.node.id,
      limit: 10,
    }));
  if ((c.has('connect') || c.has('why')) && E >= 2) {
    return build('CONNECTION', [], 2, ([a, b]) => ({
      op: 'paths',
      from: a.node.id,
      to: b.node.id,
      toLabels: null,
      maxLength: 3,
      types: null,
      limit: 10,
      forwardOnly: false,
    }));
  }
  if (c.has('fund') && E > 0 && kinds.length === 0) {
    return build('FUNDS_STEERS', ['Ministry', 'Instrument'], 1, ([e]) => ({
      op: 'paths',
      from: e.node.id,
      to: null,
      toLabels: null,
      maxLength: 1,
      types: FUNDING,
      limit: 200,
      forwardOnly: true,
    }));
  }
  if (kinds.length > 0 && E > 0) {
    if (firstIsMission || (anyMission && !c.has('fund') && !c.has('membership'))) {
      const ordered = missionFirst;
      const s = resolve(ordered[0], ['Mission'])!;
      const entities = [{ ...s, mention: ordered[0].mention }];
      return {
        ...base,
        intent: 'SERVES_MISSION',
        entities,
        plan: {
          op: 'paths',
          from: s.node.id,
          to: null,
          toLabels: kinds,
          maxLength: 1,
          types: SERVING,
          limit: 200,
          forwardOnly: false,
        },
      };
    }
    const types = c.has('fund') ? FUNDING : c.has('membership') ? MEMBERSHIP : null;
    return build('LINKED', [], 1, ([e]) => ({
      op: 'paths',
      from: e.node.id,
      to: null,
      toLabels: kinds,
      maxLength: 1,
      types,
      limit: 200,
      forwardOnly: false,
    }));
  }
  if (c.has('serve') && E > 0 && kinds.length === 0) {
    if (firstIsMission) {
      return build('SERVES_MISSION', ['Mission'], 1, ([e]) => ({
        op: 'paths',
        from: e.node.id,
        to: null,
        toLabels: null,
        maxLength: 1,
        types: SERVING,
        limit: 200,
        forwardOnly: false,
      }));
    }
    return build('LINKED', [], 1, ([e]) => ({
      op: 'paths',
      from: e.node.id,
      to: null,
      toLabels: ['Mission', 'CareAgreement'],
      maxLength: 1,
      types: ['ADDRESSES', 'SUPPORTS'],
      limit: 200,
      forwardOnly: true,
    }));
  }
  if (c.has('membership') && !c.has('connect') && E > 0) {
    return build('LINKED', [], 1, ([e]) => ({
      op: 'paths',
      from: e.node.id,
      to: null,
      toLabels: null,
      maxLength: 1,
      types: MEMBERSHIP,
      limit: 200,
      forwardOnly: true,
    }));
  }
  if ((c.has('neighbours') || c.has('connect')) && E > 0)
    return build('NEIGHBOURHOOD', [], 1, ([e]) => ({ op: 'neighbourhood', id: e.node.id, limit: 60, details: false }));
  if (E >= 2 && !c.has('details')) {
    return build('CONNECTION', [], 2, ([a, b]) => ({
      op: 'paths',
      from: a.node.id,
      to: b.node.id,
      toLabels: null,
      maxLength: 3,
      types: null,
      limit: 10,
      forwardOnly: false,
    }));
  }
  if (E > 0)
    return build('DETAILS', [], 1, ([e]) => ({ op: 'neighbourhood', id: e.node.id, limit: 40, details: true }));
  if (c.has('search')) {
    const text = content
      .filter((t) => cuesOfWord(t.text).length === 0)
      .map((t) => t.text)
      .join(' ');
    return text ? { ...base, intent: 'SEARCH', entities: [], plan: { op: 'search', text, first: 20 } } : none();
  }
  if (kinds.length > 0 && c.has('list'))
    return { ...base, intent: 'LIST', entities: [], plan: { op: 'nodes', labels: [kinds[0]], first: 100 } };
  return none();
}
