// Reads coverage-exceptions.csv: uncited sections that hold nothing to model, each with why; bad rows as file:line:field.
import { parse } from 'csv-parse/sync';
import { normaliseWhitespace } from '../validate-seed.js';
import type { SeedIssue } from '../seed-types.js';
import type { Section } from './sections.js';

const EXCEPTIONS_HEADER = ['document', 'line', 'heading', 'reason'];

export interface CoverageException {
  document: string;
  /** The first line of the section (its heading line). */
  line: number;
  heading: string;
  reason: string;
  /** Line of the row in the exceptions file. */
  at: number;
}

/** A heading given in the file matches the section's full heading or the part after the chapter ("Missie I › Terugblik"). */
const sameHeading = (given: string, section: Section): boolean => {
  const g = normaliseWhitespace(given);
  return (
    g === normaliseWhitespace(section.heading) || g === normaliseWhitespace(section.heading.split(' › ').at(-1) ?? '')
  );
};

/**
 * Parses the exceptions CSV against the sections of each document. Every row must name a known document, the first
 * line of one of its sections, that section's heading (so a row goes stale loudly when the sections move) and a reason.
 */
export function parseExceptions(
  text: string,
  file: string,
  sections: Map<string, Section[]>,
): { exceptions: CoverageException[]; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const push = (line: number, field: string, message: string) => issues.push({ file, line, field, message });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    push(e.lines ?? 1, 'csv', e.message);
    return { exceptions: [], issues };
  }
  const header = records[0]?.record ?? [];
  if (header.join(',') !== EXCEPTIONS_HEADER.join(',')) {
    push(1, 'header', `expected header "${EXCEPTIONS_HEADER.join(',')}", got "${header.join(',')}"`);
    return { exceptions: [], issues };
  }
  const exceptions: CoverageException[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const at = info.lines;
    if (record.length !== EXCEPTIONS_HEADER.length) {
      push(at, 'csv', `expected ${EXCEPTIONS_HEADER.length} fields, got ${record.length}`);
      continue;
    }
    const [document, lineText, heading, reason] = record.map((cell) => cell.trim());
    const docSections = sections.get(document);
    if (!docSections)
      push(at, 'document', `unknown source document "${document}" (known: ${[...sections.keys()].join(', ')})`);
    if (!/^[1-9]\d*$/.test(lineText)) push(at, 'line', `expected the section's first line number, got "${lineText}"`);
    if (heading === '') push(at, 'heading', 'missing the section heading');
    if (reason.length < 10) push(at, 'reason', 'say why the section holds nothing to model (at least 10 characters)');
    if (!docSections || !/^[1-9]\d*$/.test(lineText) || heading === '' || reason.length < 10) continue;
    const line = Number(lineText);
    const section = docSections.find((s) => s.startLine === line);
    if (!section) {
      const near = docSections.find((s) => s.startLine <= line && s.endLine >= line);
      push(
        at,
        'line',
        `no section of ${document} starts at line ${line}${near ? ` (it lies in "${near.heading}", L${near.startLine}-L${near.endLine})` : ''}`,
      );
      continue;
    }
    if (!sameHeading(heading, section)) {
      push(at, 'heading', `the section at ${document}:${line} is "${section.heading}", not "${heading}"`);
      continue;
    }
    const key = `${document}#${line}`;
    const first = seen.get(key);
    if (first !== undefined) {
      push(at, 'line', `a second exception for ${document}:${line} (first at ${file}:${first})`);
      continue;
    }
    seen.set(key, at);
    exceptions.push({ document, line, heading, reason, at });
  }
  return { exceptions, issues };
}
