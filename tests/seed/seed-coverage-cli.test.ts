// `npm run seed-coverage` as a real process: on the real seed (table and strict JSON), a planted uncited section, the exceptions file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_HEADER } from '@kies/graph-seed';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = join(ROOT, 'graph-seed', 'sources');
const KIA = '004_9090d7b3c6790adc.txt';

function coverage(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'graph-seed/src/cli-coverage.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Section {
  heading: string;
  startLine: number;
  endLine: number;
  substantiveLines: number;
  nodes: number;
  relationships: number;
  status: string;
  reason?: string;
}
interface Report {
  threshold: number;
  documents: { document: string; lines: number; sections: Section[]; totals: Record<string, number> }[];
  totals: Record<string, number>;
}

const BODY = 'Deze regel is lopende tekst van een geplante sectie die niemand in de seed citeert.';
const PLANTED = ['Geplante sectie zonder citaat', '', ...Array.from({ length: 25 }, () => BODY)].join('\n');

describe('seed-coverage CLI', () => {
  it('reports the real seed as strict JSON: every source, real sections, citations where the seed cites', () => {
    const run = coverage('--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.threshold).toBe(20);
    expect(report.documents.map((d) => d.document)).toEqual(
      readdirSync(SOURCES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    const kia = report.documents.find((d) => d.document === KIA)!;
    const at = (line: number) => kia.sections.find((s) => s.startLine === line)!;
    expect(at(6496)).toMatchObject({ heading: 'Bijlagen › LEGENDA', status: 'cited' });
    expect(at(6496).nodes).toBeGreaterThan(0);
    expect(at(6496).relationships).toBeGreaterThan(0);
    expect(at(6183).heading).toBe('Bijlagen › Figuur 5: Kennis- en innovatie ecosysteem Gezondheid & Zorg (KIES-G&Z)');
    expect(at(6183).relationships).toBeGreaterThan(0);
    expect(at(6474)).toMatchObject({ status: 'excepted' }); // graph-seed/coverage-exceptions.csv: how to read Figuur 5
    // Every section has exactly the documented fields, with their types.
    for (const doc of report.documents) {
      for (const s of doc.sections) {
        expect(
          Object.keys(s)
            .filter((k) => k !== 'chapter' && k !== 'reason')
            .sort(),
        ).toEqual(['endLine', 'heading', 'nodes', 'relationships', 'startLine', 'status', 'substantiveLines']);
        expect([s.startLine, s.endLine, s.substantiveLines, s.nodes, s.relationships].every(Number.isInteger)).toBe(
          true,
        );
        expect(['cited', 'excepted', 'open', 'small']).toContain(s.status);
        expect(s.status === 'open').toBe(
          s.nodes + s.relationships === 0 && s.substantiveLines >= 20 && s.reason === undefined,
        );
      }
    }
    // Totals agree with the sections they sum.
    expect(kia.totals.sections).toBe(kia.sections.length);
    expect(kia.totals.cited).toBe(kia.sections.filter((s) => s.status === 'cited').length);
    expect(report.totals.sections).toBe(report.documents.reduce((n, d) => n + d.sections.length, 0));
  });

  it('prints a readable table with per-document totals and each section', () => {
    const run = coverage();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${KIA}: 6557 lines, \\d+ sections, \\d+ cited, \\d+ uncited 20\\+`, 'm'));
    expect(run.stdout).toMatch(/^ {2}L6496-L6557 +\d+ +[1-9]\d* +[1-9]\d* +cited +Bijlagen › LEGENDA$/m);
    expect(run.stdout).toMatch(/^ {2}L23-L115 .* except +Inhoudsopgave$/m);
    // Five exceptions (the two first ones and three of the issue 12 curation pass); that pass left no section open.
    expect(run.stdout).toMatch(/^Total: \d+ sections, \d+ cited, \d+ uncited 20\+ \(5 excepted, 0 open\)$/m);
  });

  it('finds a planted uncited section next to the real sources and the real seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kies-coverage-'));
    for (const f of readdirSync(SOURCES)) copyFileSync(join(SOURCES, f), join(dir, f));
    writeFileSync(join(dir, '999_planted.txt'), PLANTED);
    const run = coverage('--json', '--sources', dir);
    expect(run.status).toBe(0);
    const planted = (JSON.parse(run.stdout) as Report).documents.find((d) => d.document === '999_planted.txt');
    expect(planted?.sections).toEqual([
      {
        heading: 'Geplante sectie zonder citaat',
        startLine: 1,
        endLine: 27,
        substantiveLines: 26,
        nodes: 0,
        relationships: 0,
        status: 'open',
      },
    ]);
  });

  it('--fail-on-uncited exits 1 while a section is open, 0 once an exception names why; bad exceptions exit 2', () => {
    const seed = mkdtempSync(join(tmpdir(), 'kies-coverage-seed-'));
    for (const sub of ['nodes', 'relationships', 'sources']) mkdirSync(join(seed, sub));
    writeFileSync(join(seed, 'sources', 'doc.txt'), `Gedekte sectie\n\n${BODY}\n\n${PLANTED}\n`);
    const row = NODE_HEADER.map(
      (h) =>
        ({
          'id:ID': 'mission-iv',
          ':LABEL': 'Mission',
          name: 'Missie IV',
          'sources:string[]': 'doc.txt#L3',
          'quotes:string[]': 'lopende tekst',
          confidence: 'literal',
        })[h] ?? '',
    );
    writeFileSync(join(seed, 'nodes', 'Mission.csv'), `${NODE_HEADER.join(',')}\n${row.join(',')}\n`);

    const open = coverage('--fail-on-uncited', '--seed', seed);
    expect(open.status).toBe(1);
    expect(open.stdout).toMatch(/^ {2}OPEN {3}doc\.txt L5-L31 \(26 lines\) Geplante sectie zonder citaat$/m);
    expect(open.stdout).toMatch(/^ {2}L1-L4 +2 +1 +0 +cited +Gedekte sectie$/m);

    writeFileSync(
      join(seed, 'coverage-exceptions.csv'),
      'document,line,heading,reason\ndoc.txt,5,Geplante sectie zonder citaat,"Planted filler text for this test, nothing to model"\n',
    );
    const excepted = coverage('--fail-on-uncited', '--seed', seed);
    expect(excepted.status).toBe(0);
    expect(excepted.stdout).toContain(
      'except doc.txt L5-L31 (26 lines) Geplante sectie zonder citaat — Planted filler text for this test, nothing to model',
    );

    writeFileSync(
      join(seed, 'coverage-exceptions.csv'),
      'document,line,heading,reason\ndoc.txt,5,Geplante sectie zonder citaat,\ndoc.txt,9,Geplante sectie zonder citaat,a reason long enough\n',
    );
    const bad = coverage('--seed', seed);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/coverage-exceptions\.csv:2:reason: say why the section holds nothing to model/);
    expect(bad.stderr).toMatch(
      /coverage-exceptions\.csv:3:line: no section of doc\.txt starts at line 9 \(it lies in "Geplante sectie zonder citaat", L5-L31\)/,
    );
  });

  it('refuses an unknown option with the usage line', () => {
    const run = coverage('--fail-on-everything');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run seed-coverage');
  });
});
