// Builds the coverage report: per document and per section, how many seed rows cite it and which large sections none do.
import type { SeedIssue } from '../seed-types.js';
import { citingRows, type Citation } from './citations.js';
import type { CoverageException } from './exceptions.js';
import type { Section } from './sections.js';

/** Sections with at least this many substantive lines must be cited or excepted. */
const UNCITED_THRESHOLD = 20;

/** cited: some row cites it; excepted/open: uncited and large, with or without an exception; small: uncited, under the threshold. */
type SectionStatus = 'cited' | 'excepted' | 'open' | 'small';

export interface SectionReport extends Section {
  nodes: number;
  relationships: number;
  status: SectionStatus;
  /** Why an excepted section holds nothing to model. */
  reason?: string;
}

interface DocumentReport {
  document: string;
  lines: number;
  sections: SectionReport[];
  totals: {
    sections: number;
    cited: number;
    uncitedLarge: number;
    excepted: number;
    open: number;
    substantiveLines: number;
    citedSubstantiveLines: number;
  };
}

export interface CoverageReport {
  threshold: number;
  documents: DocumentReport[];
  totals: DocumentReport['totals'];
  /** Problems that make the report incomplete: exceptions for sections that are cited after all. */
  issues: SeedIssue[];
}

export interface SourceSections {
  document: string;
  lines: number;
  sections: Section[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function totalsOf(sections: SectionReport[]): DocumentReport['totals'] {
  return {
    sections: sections.length,
    cited: sections.filter((s) => s.status === 'cited').length,
    uncitedLarge: sections.filter((s) => s.status === 'excepted' || s.status === 'open').length,
    excepted: sections.filter((s) => s.status === 'excepted').length,
    open: sections.filter((s) => s.status === 'open').length,
    substantiveLines: sum(sections.map((s) => s.substantiveLines)),
    citedSubstantiveLines: sum(sections.filter((s) => s.status === 'cited').map((s) => s.substantiveLines)),
  };
}

export function buildReport(
  sources: SourceSections[],
  citations: Citation[],
  exceptions: CoverageException[],
  exceptionsFile = 'coverage-exceptions.csv',
  threshold = UNCITED_THRESHOLD,
): CoverageReport {
  const issues: SeedIssue[] = [];
  const documents = sources.map(({ document, lines, sections }): DocumentReport => {
    const reports = sections.map((section): SectionReport => {
      const { nodes, relationships } = citingRows(citations, document, section.startLine, section.endLine);
      const exception = exceptions.find((e) => e.document === document && e.line === section.startLine);
      if (nodes + relationships > 0) {
        if (exception) {
          issues.push({
            file: exceptionsFile,
            line: exception.at,
            field: 'line',
            message: `${document}:${section.startLine} "${section.heading}" is cited by ${nodes} nodes and ${relationships} relationships; remove the exception`,
          });
        }
        return { ...section, nodes, relationships, status: 'cited' };
      }
      if (exception) return { ...section, nodes, relationships, status: 'excepted', reason: exception.reason };
      return { ...section, nodes, relationships, status: section.substantiveLines >= threshold ? 'open' : 'small' };
    });
    return { document, lines, sections: reports, totals: totalsOf(reports) };
  });
  return { threshold, documents, totals: totalsOf(documents.flatMap((d) => d.sections)), issues };
}

/** Uncited sections of threshold+ substantive lines that no exception explains: the curation to-do list. */
export const openSections = (report: CoverageReport) =>
  report.documents.flatMap((d) =>
    d.sections.filter((s) => s.status === 'open').map((s) => ({ document: d.document, ...s })),
  );
