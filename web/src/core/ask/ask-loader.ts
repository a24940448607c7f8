// Loader of the answer to a question: the typed Ask operation, when a search text is a question, and what an answer
// puts in the graph ("show in graph": its nodes, and the relationships of its evidence and paths).
import type { AskQuery, AskQueryVariables } from '../api/generated/operations';
import type { ApiNode, ApiRel } from '../graph/from-api';
import type { Lang } from '../i18n/i18n';

export { AskDocument } from '../api/generated/operations';

export type Answer = AskQuery['ask'];
export type AnswerItem = Answer['items'][number];
export type Citation = AnswerItem['evidence'][number]['provenance']['citations'][number];

/** The server refuses longer questions; the box does not send them. */
const MAX_QUESTION = 300;

const QUESTION_WORDS =
  /^(welke?|wat|wie|hoe|hoeveel|waar|waarom|waaraan|which|what|who|how|why|where|is|are|does|do|tell|show|toon|geef|noem|list|zoek|search|in)\b/i;

/**
 * A sentence rather than a name: ends in "?", starts with a question word, or has four words or more. A name typed
 * in the box ("Health-RI", "Missie IV") stays a search.
 */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > MAX_QUESTION) return false;
  return t.endsWith('?') || QUESTION_WORDS.test(t) || t.split(/\s+/).length >= 4;
}

export function askVariables(question: string | null, lang: Lang): AskQueryVariables | null {
  return question && question.trim() ? { question: question.trim().slice(0, MAX_QUESTION), lang } : null;
}

/** Everything the answer names (items, path nodes, linked entities, finding nodes), once each. */
export function answerNodes(answer: Answer): ApiNode[] {
  const all: ApiNode[] = [
    ...answer.interpretation.entities.map((e) => e.node),
    ...answer.items.map((i) => i.node),
    ...answer.paths.flatMap((p) => p.nodes),
    ...answer.findings.flatMap((f) => f.nodes),
  ];
  return [...new Map(all.map((n) => [n.id, n])).values()];
}

/** The relationships the answer rests on: each item's evidence and each path's hops. */
export function answerRelationships(answer: Answer): ApiRel[] {
  const all: ApiRel[] = [
    ...answer.items.flatMap((i) => i.evidence.flatMap((e) => (e.relationship ? [e.relationship] : []))),
    ...answer.paths.flatMap((p) => p.hops.map((h) => h.relationship)),
  ];
  return [...new Map(all.map((r) => [r.id, r])).values()];
}

/** The ids "show in graph" selects: the items (or path and finding nodes), the question's own entities first. */
export function shownIds(answer: Answer): string[] {
  const entities = answer.interpretation.entities.map((e) => e.node.id);
  const rest = answer.items.length > 0 ? answer.items.map((i) => i.node.id) : answerNodes(answer).map((n) => n.id);
  return [...new Set([...entities, ...rest])];
}

/** "004_...txt, line 6206": where a quote comes from, short. */
export const citationPlace = (c: Citation, lang: Lang): string =>
  c.startLine ? `${c.file}, ${lang === 'nl' ? 'regel' : 'line'} ${c.startLine}` : c.file;
