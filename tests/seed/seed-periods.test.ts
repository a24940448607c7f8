// Typed periods in the seed (issue 12): the optional period columns, and every malformed period as file:line:field.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_HEADER, formatIssue, loadSeedFolder } from '@kies/graph-seed';

const SOURCE_TEXT = [
  'Het Nationaal Groeifonds investeert tussen 2021 en',
  '2025 in totaal 20 miljard euro.',
  'De KIA Gezondheid & Zorg 2024-2027 volgt op de KIA 2020-2023.',
  'Sinds 2015 werkt Nederland samen met Duitsland.',
].join('\n');

const PERIOD_COLUMNS = ['periodStart:int', 'periodEnd:int', 'periodText'];
/** The header without the period columns: what most seed files keep. */
const SHORT_HEADER = NODE_HEADER.filter((h) => !PERIOD_COLUMNS.includes(h));

/** A node row in the order of `header` from the named cells (every other cell empty). */
function row(cells: Record<string, string>, header = NODE_HEADER): string {
  return header.map((h) => cells[h.replace(/:.*$/, '')] ?? cells[h] ?? '').join(',');
}

const fund = {
  'id:ID': 'instrument-ngf',
  ':LABEL': 'Instrument',
  name: 'Nationaal Groeifonds',
  sources: 'doc.txt#L1-L2',
  quotes: 'Het Nationaal Groeifonds investeert',
  confidence: 'literal',
  periodStart: '2021',
  periodEnd: '2025',
  periodText: 'tussen 2021 en 2025',
};
const kia = {
  'id:ID': 'policy-kia',
  ':LABEL': 'Policy',
  name: 'KIA G&Z',
  kind: 'kia',
  sources: 'doc.txt#L3',
  quotes: 'De KIA Gezondheid & Zorg 2024-2027',
  confidence: 'literal',
  periodStart: '2024',
  periodEnd: '2027',
  periodText: '2024-2027',
};
const mission = {
  'id:ID': 'mission-iv',
  ':LABEL': 'Mission',
  name: 'Missie IV',
  sources: 'doc.txt#L4',
  quotes: 'Sinds 2015',
  confidence: 'literal',
};

/** Writes a seed folder (node files as header + rows) and loads it. */
function load(files: Record<string, { header?: string[]; rows: string[] }>) {
  const root = mkdtempSync(join(tmpdir(), 'kies-periods-'));
  const seed = join(root, 'graph-seed');
  for (const dir of ['nodes', 'relationships', 'sources']) mkdirSync(join(seed, dir), { recursive: true });
  writeFileSync(join(seed, 'sources', 'doc.txt'), SOURCE_TEXT);
  for (const [label, { header = NODE_HEADER, rows }] of Object.entries(files)) {
    writeFileSync(join(seed, 'nodes', `${label}.csv`), [header.join(','), ...rows].join('\n') + '\n');
  }
  const { graph, issues } = loadSeedFolder(seed, join(seed, 'sources'));
  return { graph, issues: issues.map(formatIssue) };
}

const issuesOf = (cells: Record<string, string>) => load({ Policy: { rows: [row(cells)] } }).issues;

describe('seed periods', () => {
  it('reads typed years and the verbatim text; files without the period columns stay valid beside them', () => {
    const { graph, issues } = load({
      Instrument: { rows: [row(fund)] },
      Policy: { rows: [row(kia)] },
      Mission: { header: SHORT_HEADER, rows: [row(mission, SHORT_HEADER)] },
    });
    expect(issues).toEqual([]);
    const byId = new Map(graph.nodes.map((n) => [n.id, n.properties]));
    expect(byId.get('instrument-ngf')).toMatchObject({
      periodStart: 2021,
      periodEnd: 2025,
      periodText: 'tussen 2021 en 2025',
    });
    expect(byId.get('policy-kia')).toMatchObject({ periodStart: 2024, periodEnd: 2027, periodText: '2024-2027' });
    expect(byId.get('mission-iv')?.periodStart).toBeUndefined();
  });

  it('accepts an open period (only a start) whose text is at the cited lines though not in the quote', () => {
    const since = { ...mission, periodStart: '2015', periodText: 'Sinds 2015 werkt Nederland' };
    expect(load({ Mission: { rows: [row({ ...since, quotes: 'samen met Duitsland' })] } }).issues).toEqual([]);
  });

  it('reports a year that is not an integer or outside 1900-2100', () => {
    expect(issuesOf({ ...kia, periodStart: '2024a' })).toEqual([
      'graph-seed/nodes/Policy.csv:2:periodStart: expected an integer, got "2024a"',
    ]);
    expect(issuesOf({ ...kia, periodStart: '1850', periodText: '1850-2027' })).toContain(
      'graph-seed/nodes/Policy.csv:2:periodStart: a year is an integer from 1900 to 2100, got "1850"',
    );
  });

  it('reports a period that ends before it starts', () => {
    expect(issuesOf({ ...kia, periodStart: '2027', periodEnd: '2024' })).toEqual([
      'graph-seed/nodes/Policy.csv:2:periodEnd: the period ends (2024) before it starts (2027)',
    ]);
  });

  it('reports years without periodText, and periodText without years', () => {
    expect(issuesOf({ ...kia, periodText: '' })).toEqual([
      'graph-seed/nodes/Policy.csv:2:periodText: a period needs periodText: the words of the text that give it',
    ]);
    expect(issuesOf({ ...kia, periodStart: '', periodEnd: '' })).toEqual([
      'graph-seed/nodes/Policy.csv:2:periodText: periodText without periodStart or periodEnd',
    ]);
  });

  it('reports a periodText found in no quote and at no cited line, or missing a year it gives', () => {
    expect(issuesOf({ ...kia, periodText: '2024 tot 2027' })).toEqual([
      `graph-seed/nodes/Policy.csv:2:periodText: "2024 tot 2027" is in none of the row's quotes or cited lines`,
    ]);
    // 2020-2023 is in the text (line 3), but it does not give the years 2024-2027.
    expect(issuesOf({ ...kia, periodText: '2020-2023' })).toEqual([
      'graph-seed/nodes/Policy.csv:2:periodText: "2020-2023" does not hold the year 2024 or 2027',
    ]);
  });

  it('reports period columns out of model order as a wrong header', () => {
    const header = [...SHORT_HEADER, 'periodEnd:int', 'periodStart:int', 'periodText'];
    const { issues } = load({ Policy: { header, rows: [row(kia, header)] } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^graph-seed\/nodes\/Policy\.csv:1:header: expected header ".*" \(periodStart:int, periodEnd:int, periodText may be left out\), got /,
    );
  });
});
