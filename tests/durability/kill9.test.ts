// Durability with a real process: mutations acknowledged over HTTP survive `kill -9` of the server and a restart, on
// the same embedded data directory or with Neo4j keeping the data while the explorer process is killed; a change and
// its audit event are never separated, even for writes in flight.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newToken } from '../../server/src/auth/tokens.js';
import { gql, startServer, type ServerProcess } from './server-process.js';
import { describeEachEngine, engineEnv, wipeNeo4j, type Engine } from '../engines.js';

const dir = mkdtempSync(join(tmpdir(), 'kies-kill9-'));
const editor = newToken('durable', 'editor');
const tokensFile = join(dir, 'tokens.json');
writeFileSync(tokensFile, JSON.stringify([editor.entry]));
const envFor = (engine: Engine) => ({
  KIES_DATA_DIR: join(dir, `data-${engine}`),
  KIES_TOKENS_FILE: tokensFile,
  ...engineEnv(engine),
});
const running: ServerProcess[] = [];

afterAll(() => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const CREATE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { audit { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNodeInput!) { updateNode(id: $id, input: $input) { audit { id } } }`;
const create = (url: string, id: string) =>
  gql(
    url,
    CREATE,
    { input: { id, labels: ['Organisation'], name: id, provenance: { note: 'asserted by the kill -9 test' } } },
    editor.token,
  );
const acknowledged = (r: Awaited<ReturnType<typeof gql>>) => r.status === 200 && !r.body.errors;
// The answer of CREATE or UPDATE: one of the two fields, with its audit event.
const auditId = (r: Awaited<ReturnType<typeof gql>>) => (r.body.data!.createNode ?? r.body.data!.updateNode).audit.id;

async function killHard(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  expect(await server.exited).toBe('SIGKILL');
}

async function present(url: string, ids: string[]): Promise<Set<string>> {
  const r = await gql(url, 'query($ids: [ID!]) { nodes(where: { ids: $ids }, first: 200) { edges { node { id } } } }', {
    ids,
  });
  return new Set(r.body.data!.nodes.edges.map((e: { node: { id: string } }) => e.node.id));
}

async function auditIds(url: string): Promise<Set<string>> {
  const r = await gql(url, '{ auditLog(actor: "durable", first: 200) { id target } }', {}, editor.token);
  return new Set(r.body.data!.auditLog.map((e: { id: string }) => e.id));
}

describeEachEngine('kill -9 of the real server', (engine) => {
  let env: ReturnType<typeof envFor>;
  beforeAll(async () => {
    env = envFor(engine);
    if (engine === 'neo4j') await wipeNeo4j();
  });

  it('every acknowledged mutation is there after kill -9 and restart', async () => {
    const first = await startServer(env);
    running.push(first);
    const ids = Array.from({ length: 40 }, (_, i) => `org-durable-${i}`);
    const results = await Promise.all([
      ...ids.map((id) => create(first.url, id)),
      ...Array.from({ length: 10 }, (_, i) =>
        gql(
          first.url,
          UPDATE,
          { id: 'mission-iv', input: { provenance: { note: `durable note ${i}` } } },
          editor.token,
        ),
      ),
    ]);
    expect(results.every(acknowledged), JSON.stringify(results.find((r) => !acknowledged(r))?.body)).toBe(true);
    // No grace period: the kill follows the last acknowledgement at once.
    await killHard(first);

    const second = await startServer(env);
    running.push(second);
    expect(second.output()).not.toMatch(/seeded/); // the store was found, not re-seeded
    expect([...(await present(second.url, ids))].sort()).toEqual([...ids].sort());
    const note = (await gql(second.url, '{ node(id: "mission-iv") { provenance { note } } }')).body.data!.node
      .provenance.note;
    for (let i = 0; i < 10; i++) expect(note).toContain(`durable note ${i}`);
    const audits = await auditIds(second.url);
    for (const r of results) expect(audits.has(auditId(r))).toBe(true);
    await killHard(second);
  });

  it('a kill in the middle of a burst loses no acknowledged write and never splits a change from its audit event', async () => {
    const server = await startServer(env);
    running.push(server);
    const ids = Array.from({ length: 80 }, (_, i) => `org-burst-${i}`);
    const acked = new Map<string, string>();
    // Set inside the requests' callbacks: a holder, so the type checker does not take it for null after them.
    const kill: { done: Promise<void> | null } = { done: null };
    const requests = ids.map(async (id) => {
      try {
        const r = await create(server.url, id);
        if (acknowledged(r) && !kill.done) {
          acked.set(id, auditId(r));
          if (acked.size === 30) kill.done = killHard(server);
        }
      } catch {
        // connection reset by the kill: not acknowledged
      }
    });
    await Promise.all(requests);
    expect(kill.done).not.toBeNull();
    await kill.done;
    expect(acked.size).toBeGreaterThanOrEqual(30);

    const restarted = await startServer(env);
    running.push(restarted);
    const stored = await present(restarted.url, ids);
    const audits = await auditIds(restarted.url);
    for (const [id, audit] of acked) {
      expect(stored.has(id), `acknowledged ${id} lost`).toBe(true);
      expect(audits.has(audit), `audit event of ${id} lost`).toBe(true);
    }
    // Writes in flight at the kill may or may not have committed, but never half: node and audit event together.
    const log = (await gql(restarted.url, '{ auditLog(actor: "durable", first: 200) { target } }', {}, editor.token))
      .body.data!.auditLog;
    const audited = new Set(log.map((e: { target: string }) => e.target));
    for (const id of ids) expect(stored.has(id)).toBe(audited.has(id));

    // Graceful shutdown: SIGTERM lets an in-flight request finish, closes the store and exits 0.
    const inFlight = gql(restarted.url, '{ gaps { id } }');
    await new Promise((r) => setTimeout(r, 20));
    restarted.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await restarted.exited).toBe(0);
    expect(restarted.output()).toMatch(/SIGTERM, finishing in-flight requests/);
  });
});
