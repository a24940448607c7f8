// Token rotation without restart (issue 16 item 3), on the real server process: tokens added or revoked with
// `npm run token` or by editing the file take effect within a second; SIGHUP re-reads; a broken file fails closed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT, gql, startServer, type ServerProcess } from '../durability/server-process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kies-rotation-'));
let server: ServerProcess | undefined;

afterEach(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  server = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run token` as a real process; returns the printed token (or the stdout of --revoke). */
async function tokenCli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/token.ts', ...args], {
    cwd: ROOT,
  });
  return stdout.trim().split('\n').at(-1)!;
}

const viewer = async (url: string, token: string) => {
  const { status, body } = await gql(url, '{ viewer { name role canEdit } }', {}, token);
  return { status, name: body.data?.viewer?.name as string | undefined, message: body.errors?.[0]?.message };
};

/** Polls every 20 ms until `done` holds; returns the milliseconds it took (fails after 5 s). */
async function millisUntil(done: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > 5000) throw new Error('token-rotation: condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Math.round(performance.now() - started);
}

const start = (file: string, extra: Record<string, string> = {}) =>
  startServer({ KIES_DATA_DIR: join(dir, `data-${Date.now()}`), KIES_TOKENS_FILE: file, KIES_TOKENS: '', ...extra });

describe('token rotation on a running server', () => {
  it(
    'a token added with npm run token works, and one revoked with npm run token --revoke gets 401 within 1 s',
    { timeout: 180_000 },
    async () => {
      const file = join(dir, 'cli-tokens.json');
      const alice = await tokenCli('--name', 'alice', '--role', 'editor', '--file', file);
      server = await start(file);
      expect(await viewer(server.url, alice)).toMatchObject({ status: 200, name: 'alice' });

      const bob = await tokenCli('--name', 'bob', '--role', 'admin', '--file', file);
      const added = await millisUntil(async () => (await viewer(server!.url, bob)).status === 200);
      expect(await viewer(server.url, bob)).toMatchObject({ status: 200, name: 'bob' });

      await tokenCli('--revoke', 'alice', '--file', file);
      const revoked = await millisUntil(async () => (await viewer(server!.url, alice)).status === 401);
      console.log(
        `token-rotation: added token accepted after ${added} ms, revoked token refused after ${revoked} ms (npm run token)`,
      );
      expect(revoked).toBeLessThan(1000);
      expect(await viewer(server.url, alice)).toEqual({
        status: 401,
        name: undefined,
        message: 'unknown or revoked token',
      });
      expect(await viewer(server.url, bob)).toMatchObject({ status: 200, name: 'bob' });
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).toMatch(/token-reload: 1 API token\(s\) in force/);
    },
  );

  it(
    'an edit in place (as an editor saves) revokes within 1 s; a broken file accepts no token until it is fixed',
    { timeout: 180_000 },
    async () => {
      const file = join(dir, 'edited-tokens.json');
      const carol = await tokenCli('--name', 'carol', '--role', 'editor', '--file', file);
      const dave = await tokenCli('--name', 'dave', '--role', 'viewer', '--file', file);
      server = await start(file);
      expect(await viewer(server.url, carol)).toMatchObject({ status: 200, name: 'carol' });

      const entries = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
      writeFileSync(
        file,
        JSON.stringify(
          entries.filter((e) => e.name !== 'carol'),
          null,
          2,
        ),
      );
      const revoked = await millisUntil(async () => (await viewer(server!.url, carol)).status === 401);
      console.log(`token-rotation: revoked token refused after ${revoked} ms (file edited in place)`);
      expect(revoked).toBeLessThan(1000);
      expect(await viewer(server.url, dave)).toMatchObject({ status: 200, name: 'dave' });

      // A file that is not a token list any more: fail closed (dave refused too), said in the log, fixed by a good file.
      writeFileSync(file, '[{"name": "dave", "role": "viewer", "tokenSha256": "not-a-hash"}]');
      await millisUntil(async () => (await viewer(server!.url, dave)).status === 401);
      expect(server.output()).toMatch(
        /token-reload: auth: .*edited-tokens\.json entry 1: tokenSha256 must be 64 lower-case hex digits.*no token is accepted until the file is fixed/,
      );
      writeFileSync(file, JSON.stringify(entries.filter((e) => e.name === 'dave')));
      await millisUntil(async () => (await viewer(server!.url, dave)).status === 200);
      expect((await viewer(server.url, carol)).status).toBe(401);
    },
  );

  it(
    'SIGHUP re-reads the file (with watching off, only SIGHUP does) and the server keeps serving',
    { timeout: 180_000 },
    async () => {
      const file = join(dir, 'hup-tokens.json');
      const erin = await tokenCli('--name', 'erin', '--role', 'editor', '--file', file);
      server = await start(file, { KIES_TOKENS_WATCH: 'false' });
      expect(await viewer(server.url, erin)).toMatchObject({ status: 200, name: 'erin' });

      writeFileSync(file, '[]\n');
      // Not watched: the old list stays in force however long we wait...
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await viewer(server.url, erin)).status).toBe(200);
      // ...until the operator sends SIGHUP.
      server.child.kill('SIGHUP');
      const revoked = await millisUntil(async () => (await viewer(server!.url, erin)).status === 401);
      console.log(`token-rotation: revoked token refused ${revoked} ms after SIGHUP`);
      expect(revoked).toBeLessThan(1000);
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).toMatch(/token-reload: 0 API token\(s\) in force after SIGHUP/);
      const { status, body } = await gql(server.url, '{ stats { nodes } }');
      expect(status).toBe(200);
      expect(body.data!.stats.nodes).toBeGreaterThan(300);
    },
  );
});
