// `npm run audit-export` (issue 16 item 5) on a trail written by a real server over GraphQL: filters by time, actor
// and node, JSON equal to what auditLog answers, CSV safe to open in a spreadsheet, clear errors for bad options.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken } from '../../server/src/auth/tokens.js';
import { ROOT, gql, startServer } from '../durability/server-process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kies-audit-export-'));
const data = join(dir, 'data');
const alice = newToken('alice', 'editor');
const bob = newToken('bob', 'editor');
const FORMULA = '=HYPERLINK("http://evil.example","click")';

let sinceT1 = '';
let ids: { createA: string; createB: string; updateA: string; undo: string };
let fromApi: { id: string; action: string; actor: string }[] = [];

async function auditExport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/audit-export.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, KIES_DATA_DIR: data, NEO4J_URI: '' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const server = await startServer({
    KIES_DATA_DIR: data,
    KIES_TOKENS: JSON.stringify([alice.entry, bob.entry]),
    KIES_TOKENS_FILE: '',
  });
  const mutate = async (query: string, token: string) => {
    const { status, body } = await gql(server.url, query, {}, token);
    if (status !== 200 || body.errors) throw new Error(`audit-export test: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
  try {
    const a = await mutate(
      `mutation { createNode(input: { id: "org-audit-a", labels: [Organisation], name: "Audit A",
      provenance: { note: "asserted by alice" } }) { audit { id at } } }`,
      alice.token,
    );
    await pause();
    sinceT1 = new Date().toISOString();
    await pause();
    const b = await mutate(
      `mutation { createNode(input: { id: "org-audit-b", labels: [Organisation], name: "@Audit B",
      provenance: { note: "asserted by bob" } }) { audit { id } } }`,
      bob.token,
    );
    const update = await mutate(
      `mutation { updateNode(id: "org-audit-a", input: { description: "-2+3 new text",
      provenance: { note: ${JSON.stringify(FORMULA)} } }) { audit { id } } }`,
      alice.token,
    );
    const undo = await mutate(`mutation { undoChange(auditId: "${update.updateNode.audit.id}") { id } }`, alice.token);
    ids = {
      createA: a.createNode.audit.id,
      createB: b.createNode.audit.id,
      updateA: update.updateNode.audit.id,
      undo: undo.undoChange.id,
    };
    fromApi = (await mutate(`{ auditLog(since: "${sinceT1}", first: 200) { id action actor } }`, alice.token)).auditLog;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit-export', () => {
  it('--format json --since: the events since then, oldest first, as auditLog lists them, with undoneBy', async () => {
    const { code, stdout } = await auditExport('--format', 'json', '--since', sinceT1);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ format: 'kies-audit', version: 1, filter: { since: sinceT1 }, count: 3 });
    expect(doc.events.map((e: { id: string }) => e.id)).toEqual([ids.createB, ids.updateA, ids.undo]);
    expect(new Set(doc.events.map((e: { id: string }) => e.id))).toEqual(new Set(fromApi.map((e) => e.id)));
    const update = doc.events[1];
    expect(update).toMatchObject({
      actor: 'alice',
      role: 'editor',
      action: 'UPDATE_NODE',
      target: 'org-audit-a',
      note: FORMULA,
      undoneBy: [ids.undo],
    });
    expect(JSON.parse(update.after).properties.description).toBe('-2+3 new text');
    // An undo is recorded as the inverse change, pointing at what it undid.
    expect(doc.events[2]).toMatchObject({ action: 'UPDATE_NODE', actor: 'alice', undoes: ids.updateA, undoneBy: [] });
  });

  it('--format csv --actor --out: one spreadsheet-safe row per event (formula cells quote-prefixed and quoted)', async () => {
    const out = join(dir, 'alice.csv');
    const { code, stderr } = await auditExport('--format', 'csv', '--actor', 'alice', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/audit-export: wrote 3 audit event\(s\) to/);
    const text = readFileSync(out, 'utf8');
    const [header, ...rows] = parseCsv(text) as string[][];
    expect(header!.slice(0, 6)).toEqual(['id', 'at', 'actor', 'role', 'action', 'target']);
    expect(rows.map((r) => r[0])).toEqual([ids.createA, ids.updateA, ids.undo]);
    const note = header!.indexOf('note');
    expect(rows[1]![note]).toBe(`'${FORMULA}`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('--node and --until narrow the trail', async () => {
    const { stdout } = await auditExport('--format', 'json', '--node', 'org-audit-b');
    expect(JSON.parse(stdout).events.map((e: { id: string }) => e.id)).toEqual([ids.createB]);
    const before = await auditExport('--format', 'json', '--until', sinceT1, '--actor', 'alice');
    expect(JSON.parse(before.stdout).events.map((e: { id: string }) => e.id)).toEqual([ids.createA]);
  });

  it.each([
    [['--format', 'xml'], /--format must be csv or json, got "xml"/],
    [
      ['--format', 'csv', '--since', 'yesterday'],
      /--since must be an ISO 8601 date or UTC time such as 2025-05-01.*got "yesterday"/,
    ],
    [
      ['--format', 'csv', '--since', '2025-06-01', '--until', '2025-05-01'],
      /--since \(2025-06-01T00:00:00.000Z\) must be before --until/,
    ],
  ])('refuses %j with a clear error and exit code 1', async (args, message) => {
    const { code, stderr, stdout } = await auditExport(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });
});
