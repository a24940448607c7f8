// Who belongs to X versus who could work with X: "partners in DEMPACT", "members of the kernteam", "wie doen mee aan
// Hoofdzaken" ask for X's members; "partners for Health-RI", "who works with TNO" ask for partner suggestions.
import { labelsWhere, type NodeLabel } from '@kies/schema';
import type { EntityLink } from './linking.js';
import type { ParsedQuestion } from './parse.js';

/** Words that put the name after them inside a membership: "partners in X", "leden van X", "doen mee aan X". */
const INTO = new Set(['in', 'of', 'van', 'aan', 'bij', 'binnen', 'within']);
/** Words that ask who might take part rather than who does: "who could be partners in X", "welke partners passen bij X". */
const SUGGESTING = new Set([
  ...'could can might may would kan kunnen kunt zou zouden suggest suggested suggestions suggereer passen past'.split(
    ' ',
  ),
  ...'fit fits geschikt geschikte suitable potential potentiele mogelijke possible nieuwe new'.split(' '),
]);
/** Verbs of running something, right before its name. */
const RUNNING = new Set(['runs', 'run', 'coordinates', 'coordinate', 'leads', 'lead', 'voert', 'coordineert', 'trekt']);
/** Words skipped between that word and the name ("members of the kernteam"). */
const ARTICLES = new Set(['the', 'de', 'het', 'een', 'a', 'an']);

/**
 * Kinds whose "partners of X" are X's members: the partnership hubs of the registry (PPPs, NGF projects), and teams
 * and activities, which the seed also gives partners and members. An organisation's or topsector's "partners" are the
 * suggestions (they are members of things, not things with members).
 */
const HOLDERS: ReadonlySet<NodeLabel> = new Set([...labelsWhere((spec) => spec.partners.hub), 'Team', 'Activity']);

/** The word before a mention, over articles. */
function wordBefore(parsed: ParsedQuestion, link: EntityLink): string | null {
  let i = Math.min(...link.tokenIndexes) - 1;
  while (i >= 0 && ARTICLES.has(parsed.tokens[i].text)) i--;
  return i >= 0 ? parsed.tokens[i].text : null;
}

/** Whether the question asks who takes part in the linked node (not what it takes part in, nor who could partner it). */
export function asksMembersOf(parsed: ParsedQuestion, link: EntityLink): boolean {
  const c = parsed.cues;
  if (!c.has('partner') && !c.has('membership')) return false;
  if (parsed.tokens.some((t) => SUGGESTING.has(t.text))) return false;
  // Missions have no members: "who takes part in mission IV" is what serves it.
  if (link.candidates.every((s) => s.node.labels.includes('Mission'))) return false;
  const before = wordBefore(parsed, link);
  // "Who runs Health-RI?", "Wie voert de Coalitie uit?": who carries it out takes part in it.
  if (before !== null && RUNNING.has(before) && ['who', 'wie'].includes(parsed.tokens[0]?.text ?? '')) return true;
  if (before === null || !INTO.has(before)) return false;
  if (before !== 'of' && before !== 'van') return true;
  // "members of X" always; "partners of X" only when X is a partnership.
  return c.has('membership') || link.candidates.some((s) => s.node.labels.some((l) => HOLDERS.has(l)));
}
