// Intent recognition: from cues, kinds and linked entities to one of the typed queries the API already has (a plan).
import type { NodeLabel } from '@kies/schema';
import type { GraphNode } from '../graph-data.js';
import type { EntityLink, ScoredNode } from './linking.js';
import { asksFunders } from './funding.js';
import { asksMembersOf } from './membership.js';
import { contentTokens, type ParsedQuestion } from './parse.js';
import { between, FUNDING, gapKinds, MEMBERSHIP, oneHop, servingTypes, type AskPlan } from './plans.js';
import { askedKinds, resolve } from './slots.js';
import { normalise, type AskLanguage } from './text.js';
import { cuesOfWord, slipCuesOf } from './cues.js';

export type { AskPlan } from './plans.js';

type AskIntent =
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

type Entity = ScoredNode & { mention: string };

export interface Interpretation {
  lang: AskLanguage;
  intent: AskIntent;
  /** The entities the plan uses, in the order it uses them. */
  entities: Entity[];
  /** Kinds of node the question asks about ("PPPs"). */
  kinds: NodeLabel[];
  plan: AskPlan;
  /** Mentions that name several nodes equally well: the question is answered only once one is chosen. */
  choices: EntityLink[];
  /** True when the question asks for a number rather than a list. */
  counting: boolean;
  /**
   * With choices to make: the plan the question would run and what fills its slots (to say how it was understood):
   * the node a slot's kinds single out, else the mention as written (named in words.ts, in the answer's language).
   */
  pending?: { plan: AskPlan; slots: { mention: string; node: GraphNode | null }[] };
}

const isMission = (s: ScoredNode) => s.node.labels.includes('Mission');
/** Kinds a node can be a partner or member in: "in which PPPs is Philips a partner" asks for memberships. */
const HUB_KINDS: readonly NodeLabel[] = ['PPP', 'NGFProject', 'Programme', 'Activity', 'Team'];

/** Words nothing explains (neither cue, kind nor entity) outnumbering those understood: say so rather than guess. */
function notAboutTheGraph(parsed: ParsedQuestion, links: readonly EntityLink[], kinds: readonly NodeLabel[]): boolean {
  const c = parsed.cues;
  const explained = new Set([...links.flatMap((l) => l.tokenIndexes), ...parsed.labels.flatMap((l) => l.indexes)]);
  const content = contentTokens(parsed);
  const unknown = content.filter(
    (t) => !explained.has(t.index) && cuesOfWord(t.text).length === 0 && slipCuesOf(t.text).length === 0,
  );
  const known = content.length - unknown.length;
  if (
    content.length === 0 ||
    (links.length === 0 && kinds.length === 0 && !c.has('search') && !c.has('gap')) ||
    (unknown.length >= 2 && unknown.length > known)
  )
    return true;
  // Only loose matches (part of a longer name, or several names) and no way of asking we know: not a graph question.
  const weak = (l: EntityLink) => (l.ambiguous && l.candidates[0].confidence < 1) || l.candidates[0].confidence < 0.8;
  const asking = [...c].some((cue) => cue !== 'list' && cue !== 'details');
  return links.length > 0 && links.every(weak) && kinds.length === 0 && !asking;
}

/** How the question is understood and which typed query answers it (or why none does). */
export function interpret(parsed: ParsedQuestion, links: readonly EntityLink[]): Interpretation {
  const c = parsed.cues;
  const kinds = askedKinds(parsed, links);
  const base = { lang: parsed.lang, kinds, choices: [] as EntityLink[], counting: c.has('count') };
  const none = (): Interpretation => ({ ...base, intent: 'NOT_UNDERSTOOD', entities: [], plan: { op: 'none' } });
  if (notAboutTheGraph(parsed, links, kinds)) return none();

  // Each intent names the kinds its entity slots expect; ambiguous mentions those kinds single out are resolved.
  const build = (
    intent: AskIntent,
    prefer: NodeLabel[],
    n: number,
    plan: (e: Entity[]) => AskPlan,
    from: readonly EntityLink[] = links,
  ): Interpretation => {
    const chosen: Entity[] = [];
    const open: EntityLink[] = [];
    for (const link of from.slice(0, n)) {
      const s = resolve(link, prefer);
      if (s) chosen.push({ ...s, mention: link.mention });
      else open.push(link);
    }
    if (open.length > 0) {
      // Runs nothing until a choice is made; the plan with the first candidates only says how it was understood.
      const slots = from.slice(0, n);
      const first = slots.map((l) => ({ ...l.candidates[0], mention: l.mention }));
      const named = slots.map((l) => ({ mention: l.mention, node: resolve(l, prefer)?.node ?? null }));
      return {
        ...base,
        intent,
        entities: [],
        plan: { op: 'none' },
        choices: open,
        pending: { plan: plan(first), slots: named },
      };
    }
    return { ...base, intent, entities: chosen, plan: plan(chosen) };
  };
  const missionFirst = [...links].sort(
    (a, b) => Number(b.candidates.some(isMission)) - Number(a.candidates.some(isMission)),
  );
  const E = links.length;
  // "Welke PPP's werken aan preventie?": a name that is a mission's alias and something else's name is the mission
  // when the question asks what serves it (missions are what the graph's nodes serve).
  const servedMission = c.has('serve')
    ? links.find((l) => l.ambiguous && l.candidates.filter(isMission).length === 1)
    : undefined;
  const anyMission = links.find((l) => l.candidates.every(isMission)) ?? servedMission;
  const firstIsMission = E > 0 && (links[0].candidates.every(isMission) || links[0] === servedMission);
  const asked = kinds.length > 0 ? kinds : null;

  if (c.has('count')) {
    if (E > 0)
      return build(
        'COUNT',
        ['Mission'],
        1,
        ([e]) => oneHop(e.node.id, asked, anyMission ? servingTypes(asked) : null),
        missionFirst,
      );
    return kinds.length > 0
      ? { ...base, intent: 'COUNT', entities: [], plan: { op: 'stats', label: kinds[0] } }
      : none();
  }
  if (
    c.has('gap') ||
    (c.has('nothing') && (c.has('serve') || c.has('connect') || c.has('fund') || kinds.length >= 2))
  ) {
    const { kinds: gk, emptyDimension } = gapKinds(kinds);
    // A name two missions share ("Better perspectives ...") is a choice to make, as in every other slot.
    if (anyMission)
      return build(
        'GAPS',
        ['Mission'],
        1,
        ([e]) => ({ op: 'gaps', kinds: emptyDimension ? gk : null, about: e.node.id, emptyDimension }),
        [anyMission],
      );
    if (E > 0 && kinds.length === 0)
      return build('GAPS', [], 1, ([e]) => ({ op: 'gaps', kinds: null, about: e.node.id, emptyDimension: null }));
    return { ...base, intent: 'GAPS', entities: [], plan: { op: 'gaps', kinds: gk, about: null, emptyDimension } };
  }
  // "Partners in DEMPACT", "members of the kernteam", "wie doen mee aan Hoofdzaken": who belongs to it.
  const hub = links.find((l) => asksMembersOf(parsed, l));
  if (hub) return build('LINKED', [], 1, ([e]) => oneHop(e.node.id, asked, MEMBERSHIP, 'members'), [hub]);
  // "In which PPPs is Philips a partner?" asks for memberships; "who are partners for Philips?" for suggestions.
  if (c.has('partner') && E > 0 && kinds.some((k) => HUB_KINDS.includes(k)))
    return build('LINKED', [], 1, ([e]) => oneHop(e.node.id, kinds, MEMBERSHIP, 'memberships'));
  if (c.has('partner') && E > 0)
    return build('PARTNERS', ['Organisation', 'PPP', 'TKI', 'Topsector'], 1, ([e]) => ({
      op: 'partners',
      of: e.node.id,
      limit: 10,
    }));
  if ((c.has('connect') || c.has('why')) && E >= 2)
    return build('CONNECTION', [], 2, ([a, b]) => between(a.node.id, b.node.id));
  if (c.has('fund') && E > 0 && kinds.length === 0) {
    if (asksFunders(parsed, links[0]))
      return build('FUNDS_STEERS', [], 1, ([e]) => oneHop(e.node.id, null, FUNDING, 'incoming'));
    return build('FUNDS_STEERS', ['Ministry', 'Instrument'], 1, ([e]) => oneHop(e.node.id, null, FUNDING, 'outgoing'));
  }
  if (kinds.length > 0 && E > 0) {
    if (firstIsMission || (anyMission && !c.has('fund') && !c.has('membership')))
      return build('SERVES_MISSION', ['Mission'], 1, ([e]) => oneHop(e.node.id, kinds, servingTypes(kinds)), [
        missionFirst[0],
      ]);
    if (c.has('membership'))
      return build('LINKED', [], 1, ([e]) => oneHop(e.node.id, kinds, MEMBERSHIP, 'memberships'));
    // "Which PPPs address mental health?" names a PPP (Mentale Gezondheid) as a topic: the PPPs about it, by name or
    // description, answer it (a PPP's own relations to other PPPs do not).
    const [only] = links;
    if (c.has('serve') && E === 1 && !only.ambiguous && only.candidates[0].node.labels.some((l) => kinds.includes(l))) {
      const text = normalise(only.candidates[0].matched);
      return build('SEARCH', [], 1, () => ({ op: 'search', text, labels: kinds, first: 20 }));
    }
    if (c.has('fund'))
      return build('LINKED', [], 1, ([e]) =>
        oneHop(e.node.id, kinds, FUNDING, asksFunders(parsed, links[0]) ? 'incoming' : 'outgoing'),
      );
    return build('LINKED', [], 1, ([e]) => oneHop(e.node.id, kinds, null));
  }
  if (c.has('serve') && E > 0 && kinds.length === 0) {
    if (firstIsMission)
      return build('SERVES_MISSION', ['Mission'], 1, ([e]) => oneHop(e.node.id, null, servingTypes(null)));
    return build('LINKED', [], 1, ([e]) =>
      oneHop(e.node.id, ['Mission', 'CareAgreement'], ['ADDRESSES', 'SUPPORTS'], 'outgoing'),
    );
  }
  if (c.has('membership') && !c.has('connect') && E > 0)
    return build('LINKED', [], 1, ([e]) => oneHop(e.node.id, null, MEMBERSHIP, 'memberships'));
  if ((c.has('neighbours') || c.has('connect')) && E > 0)
    return build('NEIGHBOURHOOD', [], 1, ([e]) => ({ op: 'neighbourhood', id: e.node.id, limit: 60, details: false }));
  if (E >= 2 && !c.has('details')) return build('CONNECTION', [], 2, ([a, b]) => between(a.node.id, b.node.id));
  if (E > 0)
    return build('DETAILS', [], 1, ([e]) => ({ op: 'neighbourhood', id: e.node.id, limit: 40, details: true }));
  if (c.has('search')) {
    const content = contentTokens(parsed);
    const text = content
      .filter((t) => cuesOfWord(t.text).length === 0)
      .map((t) => t.text)
      .join(' ');
    return text
      ? { ...base, intent: 'SEARCH', entities: [], plan: { op: 'search', text, labels: null, first: 20 } }
      : none();
  }
  if (kinds.length > 0 && c.has('list'))
    return { ...base, intent: 'LIST', entities: [], plan: { op: 'nodes', labels: [kinds[0]], first: 100 } };
  return none();
}
