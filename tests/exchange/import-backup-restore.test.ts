// The data CLIs as real processes on each engine (a temporary embedded store; the worker's Neo4j): seed, import (CSV
// and JSON, validated first with file:line:field errors, all or nothing), backup, restore, export; on the embedded
// store the refusal to touch a store a server holds, on Neo4j the same CLIs beside a running explorer.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, ROOT } from '../durability/server-process.js';
import { describeEachEngine, engineEnv, wipeNeo4j, type Engine } from '../engines.js';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'kies-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const envFor = (engine: Engine, dir: string) => ({
  ...process.env,
  KIES_DATA_DIR: join(dir, 'data'),
  KIES_SEED_ON_START: 'true',
  USER: 'tester',
  ...engineEnv(engine),
});

async function cliOn(
  env: NodeJS.ProcessEnv,
  name: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `server/src/cli/${name}.ts`, ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

type Backup = { nodes: { id: string }[]; relationships: unknown[]; audit: { action: string; actor: string }[] };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Backup;

describeEachEngine('import, backup, restore and export CLIs', (engine) => {
  const dir = join(root, engine);
  mkdirSync(dir, { recursive: true });
  let env: NodeJS.ProcessEnv;
  const cli = (name: string, ...args: string[]) => cliOn(env, name, ...args);
  beforeAll(async () => {
    env = envFor(engine, dir);
    if (engine === 'neo4j') await wipeNeo4j();
  });

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
    good[0] = 'org-csv-ok';
    good[1] = 'Organisation';
    good[nameAt] = 'CSV ok';
    good[noteAt] = 'asserted by the CLI test';
    good[confAt] = 'inferred';
    const bad = [...good];
    bad[0] = 'org-csv-bad';
    bad[noteAt] = '';
    writeFileSync(
      join(csv, 'nodes', 'Organisation.csv'),
      [header, good.join(','), bad.join(','), row(['org-csv-2', 'Organisation'])].join('\n') + '\n',
    );
    writeFileSync(
      join(csv, 'relationships', 'ADDRESSES.csv'),
      `${relHeader}\n${['mission-iv', 'org-csv-ok', 'ADDRESSES'].concat(Array(relHeader!.split(',').length - 3).fill('')).join(',')}\n`,
    );
    const result = await cli('import', '--from', csv);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    const file = join(csv, 'nodes', 'Organisation.csv').slice(ROOT.length + 1);
    expect(
      lines.some((l) =>
        l.endsWith(':3:note: missing provenance: give sources and quotes, or a note saying who asserted it'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes('Organisation.csv:4:name: missing required property name'))).toBe(true);
    expect(
      lines.some((l) => /ADDRESSES\.csv:2::START_ID: ADDRESSES cannot start at Mission "mission-iv"/.test(l)),
    ).toBe(true);
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
      JSON.stringify(
        {
          nodes: [
            {
              id: 'org-json-ok',
              labels: ['Organisation'],
              properties: {
                name: 'JSON ok',
                sources: [],
                quotes: [],
                confidence: 'inferred',
                note: 'asserted by the CLI test',
              },
            },
          ],
          relationships: [
            {
              type: 'PARTNER_IN',
              start: 'org-json-ok',
              end: 'ppp-health-ri',
              properties: { sources: ['004_9090d7b3c6790adc.txt#L6206'], quotes: ['Health-RI'], confidence: 'literal' },
            },
          ],
        },
        null,
        2,
      ),
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

  // Engine-specific cases are registered on their engine only (a skip would read as 'not run').
  if (engine === 'embedded')
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

  if (engine === 'neo4j')
    it('on Neo4j the CLIs work beside a running explorer, which sees what they wrote', async () => {
      const server = await startServer({ ...engineEnv('neo4j'), KIES_DATA_DIR: join(dir, 'data') });
      try {
        const result = await cli('backup', '--out', join(dir, 'online.json'));
        expect(result.code, result.err).toBe(0);
        expect(readJson(join(dir, 'online.json')).nodes.length).toBeGreaterThan(500);
        const imported = join(dir, 'online-import.json');
        writeFileSync(
          imported,
          JSON.stringify({
            nodes: [
              {
                id: 'org-online',
                labels: ['Organisation'],
                properties: {
                  name: 'Online import',
                  sources: [],
                  quotes: [],
                  confidence: 'inferred',
                  note: 'asserted by the CLI test',
                },
              },
            ],
            relationships: [],
          }),
        );
        expect((await cli('import', '--from', imported)).code).toBe(0);
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ node(id: "org-online") { name } search(text: "online import") { node { id } } }',
          }),
        });
        const body = (await res.json()) as { data: { node: { name: string }; search: { node: { id: string } }[] } };
        expect(body.data.node.name).toBe('Online import');
        expect(body.data.search[0]?.node.id).toBe('org-online');
      } finally {
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    });
});

/** `npm run seed` then `npm run export -- --format json` on each engine: the same file, byte for byte. */
describeEachEngine('seed and JSON export give the same graph on every engine', (engine) => {
  it('the JSON export of a freshly seeded store equals the embedded one byte for byte', async () => {
    if (engine === 'neo4j') await wipeNeo4j();
    const exportOf = async (on: Engine) => {
      const dir = join(root, `export-${on}-${engine}`);
      mkdirSync(dir, { recursive: true });
      const env = { ...envFor(on, dir), KIES_SEED_ON_START: 'false' };
      const seeded = await cliOn(env, 'seed');
      expect(seeded.code, seeded.err).toBe(0);
      const out = join(dir, 'graph.json');
      const exported = await cliOn(env, 'export', '--format', 'json', '--out', out);
      expect(exported.code, exported.err).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const reference = await exportOf('embedded');
    const graph = JSON.parse(reference) as { nodes: unknown[]; relationships: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(500);
    expect(graph.relationships.length).toBeGreaterThan(1000);
    const mine = engine === 'embedded' ? await exportOf('embedded') : await exportOf('neo4j');
    expect(mine === reference, 'exports differ').toBe(true);
  });
});
