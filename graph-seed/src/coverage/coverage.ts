// The coverage report from its inputs (source texts, the seed graph, the exceptions CSV): pure, no file access.
import type { SeedGraph, SeedIssue } from '../seed-types.js';
import { citationsOf } from './citations.js';
import { parseExceptions } from './exceptions.js';
import { profileFor } from './profiles.js';
import { buildReport, type CoverageReport, type SourceSections } from './report.js';
import { splitSections, type Section } from './sections.js';

export interface CoverageInput {
  /** Source texts by document file name (the names the seed's provenance uses). */
  texts: Map<string, string>;
  graph: SeedGraph;
  /** The exceptions CSV and the name its errors are reported under; omit when there is no file. */
  exceptions?: { text: string; file: string };
}

/** Sections of every source document, in file-name order. */
function sectionsOf(texts: Map<string, string>): SourceSections[] {
  return [...texts.keys()].sort().map((document) => {
    const text = texts.get(document) ?? '';
    const sections: Section[] = splitSections(text, profileFor(document));
    return { document, lines: sections.at(-1)?.endLine ?? 0, sections };
  });
}

/** The report, or the exceptions file's problems (file:line:field) when it cannot be trusted. */
export function coverageReport(input: CoverageInput): { report?: CoverageReport; issues: SeedIssue[] } {
  const sources = sectionsOf(input.texts);
  const byDocument = new Map(sources.map((s) => [s.document, s.sections]));
  const parsed = input.exceptions
    ? parseExceptions(input.exceptions.text, input.exceptions.file, byDocument)
    : { exceptions: [], issues: [] };
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const report = buildReport(sources, citationsOf(input.graph), parsed.exceptions, input.exceptions?.file);
  return { report, issues: report.issues };
}
