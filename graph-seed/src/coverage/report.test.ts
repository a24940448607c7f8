// Counting rules (substantive lines, citations) and the exceptions file of the coverage report.
import { describe, expect, it } from 'vitest';
import { formatIssue, type SeedGraph } from '../seed-types.js';
import { citationsOf, citingRows } from './citations.js';
import { coverageReport } from './coverage.js';
import { substantiveWeight, WRAP_WIDTH } from './line-kinds.js';
import { profileFor } from './profiles.js';
import { splitSections } from './sections.js';

const BODY = 'Een regel lopende tekst die lang genoeg is om als alinea te tellen.';

describe('substantive lines', () => {
  it('counts text lines, not blanks, page footers, page numbers, table-of-contents leaders or figure markers', () => {
    expect(substantiveWeight('')).toBe(0);
    expect(substantiveWeight('   ')).toBe(0);
    expect(substantiveWeight('KENNIS- EN INNOVATIEAGENDA GEZONDHEID & ZORG 2024-2027 | 19')).toBe(0);
    expect(substantiveWeight('pagina 7')).toBe(0);
    expect(substantiveWeight('42')).toBe(0);
    expect(substantiveWeight('Inleiding ........................ 12')).toBe(0);
    expect(substantiveWeight('II')).toBe(0);
    expect(substantiveWeight('~')).toBe(0);
    expect(substantiveWeight('Terugblik')).toBe(1);
    expect(substantiveWeight(BODY)).toBe(1);
  });

  it('weighs a paragraph stored on one line as the lines it takes wrapped at WRAP_WIDTH characters', () => {
    expect(substantiveWeight('x'.repeat(WRAP_WIDTH))).toBe(1);
    expect(substantiveWeight('x'.repeat(WRAP_WIDTH + 1))).toBe(2);
    expect(substantiveWeight('woord '.repeat(100))).toBe(Math.ceil('woord '.repeat(100).trim().length / WRAP_WIDTH));
  });

  it("applies a document's own furniture: the KIA's running mission header is not counted", () => {
    const kia = profileFor('004_9090d7b3c6790adc.txt');
    expect(
      substantiveWeight('CENTRALE MISSIE: 5 – 30, VEEL MEER DOEN TEGEN GEZONDHEIDSVERSCHILLEN', kia.furniture),
    ).toBe(0);
    expect(substantiveWeight('MISSIE I : ', kia.furniture)).toBe(1);
  });

  it("sums a section's lines, heading included, footer excluded", () => {
    const text = [
      'Titel',
      '',
      BODY,
      BODY,
      '',
      'KENNIS- EN INNOVATIEAGENDA GEZONDHEID & ZORG 2024-2027 | 85',
      '',
      BODY,
    ].join('\n');
    expect(splitSections(text, profileFor('x.txt'))).toEqual([
      { heading: 'Titel', startLine: 1, endLine: 8, substantiveLines: 4 },
    ]);
  });
});

/** A graph whose rows cite the given sources (node ids n0, n1, ...; relationships between the first two nodes). */
function graphCiting(nodeSources: string[][], relSources: string[][] = []): SeedGraph {
  const at = { file: 'x.csv', line: 2 };
  return {
    nodes: nodeSources.map((sources, i) => ({
      id: `n${i}`,
      labels: ['Organisation'],
      properties: { id: `n${i}`, sources },
      at,
    })),
    relationships: relSources.map((sources) => ({
      type: 'PART_OF',
      start: 'n0',
      end: 'n1',
      properties: { sources },
      at,
    })) as SeedGraph['relationships'],
  };
}

describe('citations', () => {
  it('counts a row once per section when any of its ranges overlaps it, boundaries included', () => {
    const citations = citationsOf(
      graphCiting([['d.txt#L5-L9', 'd.txt#L12'], ['d.txt#L10'], ['e.txt#L10'], ['d.txt#L1-L4']], [['d.txt#L9-L30']]),
    );
    expect(citingRows(citations, 'd.txt', 9, 12)).toEqual({ nodes: 2, relationships: 1 });
    expect(citingRows(citations, 'd.txt', 13, 20)).toEqual({ nodes: 0, relationships: 1 });
    expect(citingRows(citations, 'd.txt', 31, 40)).toEqual({ nodes: 0, relationships: 0 });
    expect(citingRows(citations, 'e.txt', 1, 100)).toEqual({ nodes: 1, relationships: 0 });
  });
});

const uncited = ['Oude titel', '', ...Array.from({ length: 24 }, () => BODY)].join('\n');
const DOC = ['Eerste titel', '', BODY, BODY, '', 'Tweede titel', '', ...Array.from({ length: 24 }, () => BODY)].join(
  '\n',
);
const texts = new Map([
  ['doc.txt', DOC],
  ['other.txt', uncited],
]);
const graph = graphCiting([['doc.txt#L3']]);
const HEADER = 'document,line,heading,reason';
const run = (rows: string[]) =>
  coverageReport({ texts, graph, exceptions: { text: [HEADER, ...rows].join('\n'), file: 'coverage-exceptions.csv' } });

describe('the report and its exceptions file', () => {
  it('lists an uncited section of 20+ substantive lines as open until an exception says why', () => {
    const { report } = coverageReport({ texts, graph });
    const doc = report?.documents.find((d) => d.document === 'doc.txt');
    expect(doc?.sections.map((s) => [s.heading, s.status, s.nodes])).toEqual([
      ['Eerste titel', 'cited', 1],
      ['Tweede titel', 'open', 0],
    ]);
    expect(report?.totals).toMatchObject({ sections: 3, cited: 1, uncitedLarge: 2, open: 2, excepted: 0 });
    const excepted = run(['doc.txt,6,Tweede titel,"A colophon: credits for print and design, nothing to model"']);
    expect(excepted.issues).toEqual([]);
    expect(excepted.report?.documents[0].sections[1]).toMatchObject({
      status: 'excepted',
      reason: 'A colophon: credits for print and design, nothing to model',
    });
  });

  it('rejects malformed rows with file:line:field errors and gives no report', () => {
    const { report, issues } = run([
      'nope.txt,6,Tweede titel,a reason long enough',
      'doc.txt,six,Tweede titel,a reason long enough',
      'doc.txt,6,Tweede titel,short',
      'doc.txt,7,Tweede titel,a reason long enough',
      'doc.txt,6,Derde titel,a reason long enough',
      'doc.txt,6,',
      'doc.txt,6,Tweede titel,a reason long enough',
      'doc.txt,6,Tweede titel,the same section once more',
    ]);
    expect(report).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      'coverage-exceptions.csv:2:document: unknown source document "nope.txt" (known: doc.txt, other.txt)',
      'coverage-exceptions.csv:3:line: expected the section\'s first line number, got "six"',
      'coverage-exceptions.csv:4:reason: say why the section holds nothing to model (at least 10 characters)',
      'coverage-exceptions.csv:5:line: no section of doc.txt starts at line 7 (it lies in "Tweede titel", L6-L31)',
      'coverage-exceptions.csv:6:heading: the section at doc.txt:6 is "Tweede titel", not "Derde titel"',
      'coverage-exceptions.csv:7:csv: expected 4 fields, got 3',
      'coverage-exceptions.csv:9:line: a second exception for doc.txt:6 (first at coverage-exceptions.csv:8)',
    ]);
  });

  it('rejects a wrong header and reports an exception for a section that is cited after all', () => {
    const bad = coverageReport({ texts, graph, exceptions: { text: 'doc,line,why\n', file: 'ex.csv' } });
    expect(bad.issues.map(formatIssue)).toEqual([
      'ex.csv:1:header: expected header "document,line,heading,reason", got "doc,line,why"',
    ]);
    const stale = run(['doc.txt,1,Eerste titel,a reason long enough']);
    expect(stale.issues.map(formatIssue)).toEqual([
      'coverage-exceptions.csv:2:line: doc.txt:1 "Eerste titel" is cited by 1 nodes and 0 relationships; remove the exception',
    ]);
  });
});
