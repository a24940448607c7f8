// Scores ask answers against the question set: a question counts as understood when intent, linked entities, status,
// language, count and every key member match.
import type { AskCase } from './questions.js';

export interface AnswerShape {
  status: string;
  language: string;
  count: number | null;
  interpretation: { intent: string; entities: { node: { id: string } }[] };
  items: { node: { id: string } }[];
  paths: { nodes: { id: string }[] }[];
  findings: { subject: { id: string } | null }[];
  choices: { candidates: { node: { id: string } }[] }[];
  suggestions: string[];
}

/** What is wrong with an answer (empty: right). */
export function problemsOf(c: AskCase, a: AnswerShape): string[] {
  const problems: string[] = [];
  const entities = a.interpretation.entities.map((e) => e.node.id);
  const found = new Set([
    ...a.items.map((i) => i.node.id),
    ...a.paths.flatMap((p) => p.nodes.map((n) => n.id)),
    ...a.findings.flatMap((f) => (f.subject ? [f.subject.id] : [])),
    ...a.choices.flatMap((x) => x.candidates.map((y) => y.node.id)),
  ]);
  if (a.interpretation.intent !== c.intent) problems.push(`intent ${a.interpretation.intent}, expected ${c.intent}`);
  if (entities.join() !== c.entities.join()) problems.push(`entities [${entities}], expected [${c.entities}]`);
  if (a.status !== (c.status ?? 'ANSWERED')) problems.push(`status ${a.status}, expected ${c.status ?? 'ANSWERED'}`);
  if (a.language !== c.lang) problems.push(`language ${a.language}, expected ${c.lang}`);
  if (c.count !== undefined && a.count !== c.count) problems.push(`count ${a.count}, expected ${c.count}`);
  const missing = (c.members ?? []).filter((m) => !found.has(m));
  if (missing.length > 0) problems.push(`missing members ${missing.join(', ')}`);
  if (c.status === 'NOT_UNDERSTOOD' && a.suggestions.length === 0) problems.push('no suggestions');
  return problems;
}

/** Prints the accuracy and every miss; returns the share understood (0..1). */
export function report(title: string, results: { c: AskCase; problems: string[] }[]): number {
  const right = results.filter((r) => r.problems.length === 0).length;
  const by = (pick: (c: AskCase) => boolean) => {
    const subset = results.filter((r) => pick(r.c));
    return `${subset.filter((r) => r.problems.length === 0).length}/${subset.length}`;
  };
  console.log(
    `${title}: interpretation accuracy ${right}/${results.length} = ${((100 * right) / results.length).toFixed(1)}% ` +
      `(Dutch ${by((c) => c.lang === 'nl')}, English ${by((c) => c.lang === 'en')}, typos/abbreviations ${by((c) => c.typo === true)}, ` +
      `refusals ${by((c) => c.intent === 'NOT_UNDERSTOOD')})`,
  );
  for (const r of results) if (r.problems.length > 0) console.log(`  MISS "${r.c.q}": ${r.problems.join('; ')}`);
  return right / results.length;
}
