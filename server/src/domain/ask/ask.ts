// Entry of the offline question interpreter: question -> what to look up -> interpretation (intent, entities, plan).
import type { GraphNode } from '../graph-data.js';
import { interpret, type Interpretation } from './intent.js';
import { slipCuesOf } from './cues.js';
import { linkEntities, searchTexts, unlinkedWords, type EntityLink } from './linking.js';
import { parseQuestion, type ParsedQuestion } from './parse.js';
import type { AskLanguage } from './text.js';
import { suggestions } from './words.js';

export { buildAnswer, type PlanResult } from './answer.js';
export type { AskPlan } from './intent.js';
export type { AskLanguage } from './text.js';

/** Questions longer than this are refused (a question is a sentence, not a document). */
export const MAX_QUESTION_LENGTH = 300;

export interface Understanding {
  parsed: ParsedQuestion;
  interpretation: Interpretation;
  suggestions: string[];
  /** Words that named nothing: worth a second try against every name (typos the search index cannot find). */
  unlinked: string[];
}

/** Step 1: the texts to look up in the search index so that linking sees every node the question may name. */
export function lookups(question: string, lang: AskLanguage | null): { parsed: ParsedQuestion; texts: string[] } {
  const parsed = parseQuestion(question, lang);
  return { parsed, texts: searchTexts(parsed) };
}

/** Cue words written with a slip, among the words that named nothing ("Which PPPs adress ..."). */
function withSlips(parsed: ParsedQuestion, links: readonly EntityLink[]): ParsedQuestion {
  const linked = new Set(links.flatMap((l) => l.tokenIndexes));
  const slips = parsed.tokens.filter((t) => !linked.has(t.index)).flatMap((t) => slipCuesOf(t.text));
  return slips.length > 0 ? { ...parsed, cues: new Set([...parsed.cues, ...slips]) } : parsed;
}

/** Step 2: with the nodes the look-ups found, the interpretation and (for when it fails) the closest supported questions. */
export function understand(parsed: ParsedQuestion, candidates: readonly GraphNode[]): Understanding {
  const unique = [...new Map(candidates.map((n) => [n.id, n])).values()];
  const links = linkEntities(parsed, unique);
  const interpretation = interpret(withSlips(parsed, links), links);
  const named = links.flatMap((l) => (l.candidates[0] ? [l.candidates[0].node] : []));
  return {
    parsed,
    interpretation,
    suggestions: suggestions(parsed.question, named, parsed.lang),
    unlinked: unlinkedWords(parsed, links),
  };
}

/** Step 3, only when words named nothing: the nodes (from every node's names) one or two typos away from those words. */
export { lexiconEntries, typoCandidates, type LexiconEntry } from './typos.js';
