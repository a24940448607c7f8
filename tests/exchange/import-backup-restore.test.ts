// The data CLIs as real processes on a temporary embedded store: import (CSV and JSON, validated first with
// file:line:field errors, all or nothing), backup, restore, and the refusal to touch a store a server holds.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, ROOT } from '../durability/server-process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kies-cli-'));
const env = { ...process.env, KIES_DATA_DIR: join(dir, 'data'), KIES_SEED_ON_START: 'true', USER: 'tester' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(name: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `server/src/cli/${name}.ts`, ...args], { cwd: ROOT, env });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

type Backup = { nodes: { id: string }[]; relationships: unknown[]; audit: { action: string; actor: string }[] };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Backup;

describe('import, backup and restore CLIs', () => {
  it('seeds, then backs up the graph with its audit trail', async () => {
    expect((await cli('seed')).code).toBe(0);
    const backup = await cli('backup', '--out', join(dir, 'before.json'));
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/backup: wrote \d+ nodes, \d+ relationships and 0 audit events/);
    expect(readJson(join(dir, 'before.json')).nodes.length).toBeGreaterThan(500);
  });

  it('refuses an invalid CSV import with file:line:field errors and writes nothing', async () => {
    const csv = join(dir, 'bad-csv');
    mkdirSync(join(csv, 'nodes'), { recursive: true });
    mkdirSync(join(csv, 'relationships'), { recursive: true });
    const header = readFileSync(join(ROOT, 'graph-seed', 'nodes', 'Organisation.csv'), 'utf8').split('\n')[0];
    const relHeader = readFileSync(join(ROOT, 'graph-seed', 'relationships', 'ADDRESSES.csv'), 'utf8').split('\n')[0];
    const columns = header!.split(',').length;
    const row = (cells: string[]) => [...cells, ...Array(columns - cells.length).fill('')].join(',');
    // Column order: id:ID, :LABEL, then the value columns (name is first; provenance at the end).
    const nameAt = header!.split(',').indexOf('name');
    const noteAt = header!.split(',').indexOf('note');
    const confAt = header!.split(',').indexOf('confidence');
    const good = Array(columns).fill('');
    good[0] = 'org-csv-ok'; good[1] = 'Organisation'; good[nameAt] = 'CSV ok'; good[noteAt] = 'asserted by the CLI test'; good[confAt] = 'inferred';
    const bad = [...good];
    bad[0] = 'org-csv-bad'; bad[noteAt] = '';
    writeFileSync(join(csv, 'nodes', 'Organisation.csv'), [header, good.join(','), bad.join(','), row(['org-csv-2', 'Organisation'])].join('\n') + '\n');
    writeFileSync(join(csv, 'relationships', 'ADDRESSES.csv'), `${relHeader}\n${['mission-iv', 'org-csv-ok', 'ADDRESSES'].concat(Array(relHeader!.split(',').length - 3).fill('')).join(',')}\n`);
    const result = await cli('import', '--from', csv);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    const file = join(csv, 'nodes', 'Organisation.csv').slice(ROOT.length + 1);
    expect(lines.some((l) => l.endsWith(':3:note: missing provenance: give sources and quotes, or a note saying who asserted it'))).toBe(true);
    expect(lines.some((l) => l.includes('Organisation.csv:4:name: missing required property name'))).toBe(true);
    expect(lines.some((l) => /ADDRESSES\.csv:2::START_ID: ADDRESSES cannot start at Mission "mission-iv"/.test(l))).toBe(true);
    expect(result.err).toMatch(/nothing was imported/);
    expect(file).toMatch(/Organisation\.csv$/);
    const after = await cli('backup', '--out', join(dir, 'after-bad.json'));
    expect(readJson(join(dir, 'after-bad.json')).nodes.some((n) => n.id.startsWith('org-csv'))).toBe(false);
    expect(after.out).toMatch(/0 audit events/);
  });

  it('imports valid JSON onto the stored graph in one transaction with an IMPORT audit event', async () => {
    const file = join(dir, 'good.json');
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [{ id: 'org-json-ok', labels: ['Organisation'], properties: { name: 'JSON ok', sources: [], quotes: [], confidence: 'inferred', note: 'asserted by the CLI test' } }],
        relationships: [
          { type: 'PARTNER_IN', start: 'org-json-ok', end: 'ppp-health-ri', properties: { sources: ['004_9090d7b3c6790adc.txt#L6206'], quotes: ['Health-RI'], confidence: 'literal' } },
        ],
      }, null, 2),
    );
    const result = await cli('import', '--from', file);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/merged 1 nodes and 1 relationships in one transaction/);
    await cli('backup', '--out', join(dir, 'after-import.json'));
    const backup = readJson(join(dir, 'after-import.json'));
    expect(backup.nodes.some((n) => n.id === 'org-json-ok')).toBe(true);
    expect(backup.audit).toMatchObject([{ action: 'IMPORT', actor: 'tester' }]);
  });

  it('restores a backup exactly, keeping the audit trail and saving the replaced graph first', async () => {
    const result = await cli('restore', '--from', join(dir, 'before.json'));
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/saved the current graph .* to .*pre-restore-/);
    await cli('backup', '--out', join(dir, 'restored.json'));
    const before = readJson(join(dir, 'before.json'));
    const restored = readJson(join(dir, 'restored.json'));
    expect(restored.nodes).toEqual(before.nodes);
    expect(restored.relationships).toEqual(before.relationships);
    expect(restored.audit.map((e) => e.action)).toEqual(['IMPORT', 'RESTORE']);
  });

  it('a broken backup is refused before anything changes', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"nodes": [\n  {"id": "x", "labels": ["Mission"]},\n]}');
    const result = await cli('restore', '--from', join(dir, 'broken.json'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken\.json:3:json: /);
  });

  it('the CLIs refuse a store a running server holds, and say what to do', async () => {
    const server = await startServer({ KIES_DATA_DIR: join(dir, 'data') });
    try {
      const result = await cli('backup', '--out', join(dir, 'locked.json'));
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/stop the server/);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });
});
