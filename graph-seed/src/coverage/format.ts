// Renders a coverage report as a readable table for the terminal.
import type { CoverageReport, SectionReport } from './report.js';

const pad = (s: string | number, n: number) => String(s).padStart(n);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const range = (s: { startLine: number; endLine: number }) => `L${s.startLine}-L${s.endLine}`;
const MARK: Record<SectionReport['status'], string> = { cited: 'cited', excepted: 'except', open: 'OPEN', small: '-' };

export function formatReport(report: CoverageReport): string {
  const out: string[] = [];
  out.push(
    `Seed coverage per source section (uncited sections of ${report.threshold}+ substantive lines must be cited or excepted)`,
  );
  for (const doc of report.documents) {
    const t = doc.totals;
    out.push('');
    out.push(
      `${doc.document}: ${doc.lines} lines, ${t.sections} sections, ${t.cited} cited, ${t.uncitedLarge} uncited ${report.threshold}+ (${t.excepted} excepted, ${t.open} open), ${t.citedSubstantiveLines}/${t.substantiveLines} substantive lines in cited sections`,
    );
    out.push(
      `  ${'lines'.padEnd(13)} ${pad('subst', 5)} ${pad('nodes', 5)} ${pad('rels', 5)}  ${'status'.padEnd(6)}  heading`,
    );
    for (const s of doc.sections) {
      out.push(
        `  ${range(s).padEnd(13)} ${pad(s.substantiveLines, 5)} ${pad(s.nodes, 5)} ${pad(s.relationships, 5)}  ${MARK[s.status].padEnd(6)}  ${clip(s.heading, 100)}`,
      );
    }
  }
  const uncited = report.documents.flatMap((d) =>
    d.sections.filter((s) => s.status === 'open' || s.status === 'excepted').map((s) => ({ doc: d.document, s })),
  );
  out.push('');
  out.push(
    `Uncited sections of ${report.threshold}+ substantive lines: ${uncited.length} (${report.totals.open} open, ${report.totals.excepted} excepted)`,
  );
  for (const { doc, s } of uncited) {
    out.push(
      `  ${s.status === 'open' ? 'OPEN  ' : 'except'} ${doc} ${range(s)} (${s.substantiveLines} lines) ${s.heading}${s.reason ? ` — ${s.reason}` : ''}`,
    );
  }
  const t = report.totals;
  out.push('');
  out.push(
    `Total: ${t.sections} sections, ${t.cited} cited, ${t.uncitedLarge} uncited ${report.threshold}+ (${t.excepted} excepted, ${t.open} open)`,
  );
  return out.join('\n');
}
