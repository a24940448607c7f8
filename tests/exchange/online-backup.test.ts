// Online backup and restore against the real server process (embedded store): a backup taken while two clients
// keep writing holds a consistent prefix of the acknowledged writes, an online restore gives back exactly that
// backup and the server serves it at once, and the admin endpoints refuse everyone but an admin.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startServer, ROOT, type ServerProcess } from '../durability/server-process.js';
import { newToken } from '../../server/src/auth/tokens.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kies-online-backup-'));
const admin = newToken('root', 'admin');
const editor = newToken('writer', 'editor');
const viewer = newToken('reader', 'viewer');

type Backup = {
  format: string;
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
  audit: { id: string; action: string; actor: string; target: string }[];
};
const readBackup = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Backup;

async function cli(name: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, KIES_DATA_DIR: join(dir, 'cli-data'), ...extraEnv };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `server/src/cli/${name}.ts`, ...args], {
      cwd: ROOT,
      env,
      timeout: 120_000,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

const CREATE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { node { id } audit { id } } }`;
const create = (url: string, id: string) =>
  gql(
    url,
    CREATE,
    {
      input: {
        id,
        labels: ['Organisation'],
        name: `Online ${id}`,
        provenance: { note: 'asserted by the online backup test' },
      },
    },
    editor.token,
  );

describe('online backup and restore of a running embedded explorer', () => {
  let server: ServerProcess;
  let backupPath = '';
  let backup: Backup;
  /** Every write the loops got an answer to, in order per loop. */
  const acknowledged: string[][] = [[], []];

  beforeAll(async () => {
    server = await startServer({
      KIES_DATA_DIR: join(dir, 'server-data'),
      KIES_SEED_ON_START: 'true',
      KIES_TOKENS: JSON.stringify([admin.entry, editor.entry, viewer.entry]),
      KIES_TOKENS_FILE: undefined,
    });
  });
  afterAll(async () => {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('the admin endpoints refuse requests without a token (401), with an unknown token (401), or a weaker role (403)', async () => {
    const get = (token?: string) =>
      fetch(`${server.url}/admin/backup`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get()).status).toBe(401);
    expect((await get('kies_not-a-real-token')).status).toBe(401);
    const weak = await get(editor.token);
    expect(weak.status).toBe(403);
    expect(((await weak.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'FORBIDDEN',
      message: 'admin: backup and restore need the admin role; writer is editor',
    });
    expect((await get(viewer.token)).status).toBe(403);
    const post = (token?: string) =>
      fetch(`${server.url}/admin/restore`, {
        method: 'POST',
        body: '{"nodes":[],"relationships":[]}',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    expect((await post()).status).toBe(401);
    expect((await post(editor.token)).status).toBe(403);
    expect((await get(admin.token)).status).toBe(200);
    // The CLI says what the server said and writes no file.
    const refused = await cli('backup', ['--url', server.url, '--out', join(dir, 'refused.json')], {
      KIES_TOKEN: editor.token,
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/answered 403: admin: backup and restore need the admin role/);
    expect(() => readFileSync(join(dir, 'refused.json'))).toThrow();
    // The server stays as it was: the empty graph was not restored.
    expect((await gql(server.url, '{ stats { nodes } }')).body.data!.stats.nodes).toBeGreaterThan(500);
  });

  it('without --url the CLI still refuses the store the server holds, and says how to go online', async () => {
    const offline = await cli('backup', ['--out', join(dir, 'locked.json')], {
      KIES_DATA_DIR: join(dir, 'server-data'),
    });
    expect(offline.code).toBe(1);
    expect(offline.err).toMatch(/stop the server/);
    expect(offline.err).toMatch(/npm run backup -- --url http:\/\/127\.0\.0\.1:4000/);
  });

  it(
    'a backup taken during a write loop holds a consistent prefix of the acknowledged writes',
    { timeout: 240_000 },
    async () => {
      let stop = false;
      const failures: string[] = [];
      const loop = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const id = `org-online-${'ab'[n]}-${i}`;
          const { status, body } = await create(server.url, id);
          if (status !== 200 || body.errors) failures.push(`${id}: ${status} ${JSON.stringify(body.errors)}`);
          else acknowledged[n]!.push(id);
        }
      };
      const loops = [loop(0), loop(1)];
      while (acknowledged[0]!.length + acknowledged[1]!.length < 10) await new Promise((r) => setTimeout(r, 20));
      const before = new Set(acknowledged.flat());
      backupPath = join(dir, 'during-writes.json');
      const result = await cli('backup', ['--url', server.url, '--out', backupPath], { KIES_TOKEN: admin.token });
      const duringBackup = acknowledged.flat().length - before.size;
      // A few more writes after the backup, so the restore has something to take away.
      const after = acknowledged.flat().length;
      while (acknowledged.flat().length < after + 6) await new Promise((r) => setTimeout(r, 20));
      stop = true;
      await Promise.all(loops);
      expect(result.code, result.err).toBe(0);
      expect(failures).toEqual([]);
      expect(duringBackup).toBeGreaterThan(0); // the writes really ran while the backup was taken
      backup = readBackup(backupPath);
      expect(result.out).toContain(
        `backup: wrote ${backup.nodes.length} nodes, ${backup.relationships.length} relationships and ${backup.audit.length} audit events from ${server.url}`,
      );
      const ids = new Set(backup.nodes.map((n) => n.id));
      // Every write acknowledged before the backup started is in it.
      for (const id of before) expect(ids.has(id), id).toBe(true);
      // Per client the writes in it are a prefix of that client's order: none is missing before one that is there.
      for (const order of acknowledged) {
        const k = order.filter((id) => ids.has(id)).length;
        expect(order.slice(0, k).every((id) => ids.has(id))).toBe(true);
        expect(order.slice(k).some((id) => ids.has(id))).toBe(false);
      }
      // Nothing half: each written node has its CREATE event, and each CREATE event its node.
      const created = new Set(backup.audit.filter((e) => e.action === 'CREATE_NODE').map((e) => e.target));
      const online = [...ids].filter((id) => id.startsWith('org-online-'));
      expect(online.length).toBeGreaterThanOrEqual(before.size);
      expect([...created].sort()).toEqual(online.sort());
      // No request lost: every acknowledged write is in the running graph (read the same way, a second backup).
      const now = await fetch(`${server.url}/admin/backup`, { headers: { authorization: `Bearer ${admin.token}` } });
      const nowIds = new Set(((await now.json()) as Backup).nodes.map((n) => n.id));
      for (const id of acknowledged.flat()) expect(nowIds.has(id), id).toBe(true);
      expect(acknowledged.flat().some((id) => !ids.has(id))).toBe(true);
    },
  );

  it(
    'an online restore gives back exactly that backup, keeps the audit trail, and is served at once',
    { timeout: 240_000 },
    async () => {
      const GAPS = '{ gaps(kinds: [NODE_WITHOUT_PROVENANCE]) { subject { id } } }';
      const gapIds = async () =>
        new Set(
          ((await gql(server.url, GAPS)).body.data!.gaps as { subject: { id: string } }[]).map((g) => g.subject.id),
        );
      const later = acknowledged.flat().filter((id) => !backup.nodes.some((n) => n.id === id));
      expect(later.length).toBeGreaterThan(0);
      // The cached gap analysis knows the later nodes before the restore ...
      const gapsBefore = await gapIds();
      for (const id of later) expect(gapsBefore.has(id)).toBe(true);

      const result = await cli('restore', ['--from', backupPath, '--url', server.url], { KIES_TOKEN: admin.token });
      expect(result.code, result.err).toBe(0);
      expect(result.out).toMatch(
        new RegExp(
          `restore: the explorer now holds ${backup.nodes.length} nodes and ${backup.relationships.length} relationships`,
        ),
      );

      // ... and forgets them right after it (the analysis cache follows the write generation).
      const gapsAfter = await gapIds();
      for (const id of later) expect(gapsAfter.has(id), id).toBe(false);
      expect((await gql(server.url, '{ stats { nodes relationships } }')).body.data!.stats).toEqual({
        nodes: backup.nodes.length,
        relationships: backup.relationships.length,
      });
      const gone = await gql(server.url, 'query($id: ID!) { node(id: $id) { id } }', { id: later[0] });
      expect(gone.body.errors?.[0]?.message).toContain(later[0]);
      expect(gone.body.data).toBeNull();

      // The graph is exactly the backup's.
      const res = await fetch(`${server.url}/admin/backup`, { headers: { authorization: `Bearer ${admin.token}` } });
      const restored = (await res.json()) as Backup;
      expect(restored.nodes).toEqual(backup.nodes);
      expect(restored.relationships).toEqual(backup.relationships);
      // The audit trail keeps every event (the later writes' too) and gains one RESTORE by the token's holder.
      const auditIds = new Set(restored.audit.map((e) => e.id));
      for (const event of backup.audit) expect(auditIds.has(event.id)).toBe(true);
      const restores = restored.audit.filter((e) => e.action === 'RESTORE');
      expect(restores.map((e) => e.actor)).toEqual(['root']);
      expect(restored.audit.filter((e) => e.action === 'CREATE_NODE' && later.includes(e.target))).toHaveLength(
        later.length,
      );

      // The replaced graph was saved first, on the server, with every acknowledged write.
      const previous = /saved the graph it replaced to (\S+) \(on the server\)/.exec(result.out)?.[1];
      expect(previous).toMatch(/server-data\/backups\/pre-restore-.*\.json$/);
      const saved = new Set(readBackup(previous!).nodes.map((n) => n.id));
      for (const id of acknowledged.flat()) expect(saved.has(id), id).toBe(true);
    },
  );

  it('a broken upload is refused with its problems and changes nothing', async () => {
    const before = (await gql(server.url, '{ stats { nodes relationships } }')).body.data!.stats;
    const res = await fetch(`${server.url}/admin/restore?from=broken.json`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: '{"nodes": [\n  {"id": "x", "labels": ["Mission"]},\n]}',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; issues: string[] } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toMatch(/problem\(s\) in broken\.json; nothing was changed/);
    expect(body.error.issues[0]).toMatch(/^broken\.json:3:json: /);
    expect((await gql(server.url, '{ stats { nodes relationships } }')).body.data!.stats).toEqual(before);
    // The CLI validates a file before sending it.
    writeFileSync(join(dir, 'broken.json'), '{"nodes": 1}');
    const cliResult = await cli('restore', ['--from', join(dir, 'broken.json'), '--url', server.url], {
      KIES_TOKEN: admin.token,
    });
    expect(cliResult.code).toBe(1);
    expect(cliResult.err).toMatch(/nothing was changed/);
  });
});
