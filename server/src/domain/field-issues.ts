// Problems with a written value, named by the input field they come from: what the curation checks return and
// what an INVALID error lists, so a client can mark each field at once.

/** One problem with a written value, named by the input field it comes from. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Prefixes issue fields with the argument they belong to (`input.name`, `input.provenance.quotes`). */
export const underArgument = (issues: FieldIssue[], argument: string): FieldIssue[] =>
  issues.map((i) => ({ field: `${argument}.${i.field}`, message: i.message }));

/** The same field and message once, first occurrence kept. */
export function dedupeIssues(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.field}|${i.message}`) && seen.add(`${i.field}|${i.message}`));
}
