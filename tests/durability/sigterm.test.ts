// Graceful stop of the real server process in production mode on both engines: SIGTERM finishes in-flight requests,
// closes the store (logged) and exits 0 within 10 s. NODE_ENV is unset or production here, never vitest's `test`,
// because Apollo Server installs its own signal handler outside NODE_ENV=test (the defect this guards against).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine, engineEnv, wipeNeo4j } from '../engines.js';
import { gql, startServer, type ServerProcess } from './server-process.js';

describeEachEngine('SIGTERM in production mode', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), `kies-sigterm-${engine}-`));
  const running: ServerProcess[] = [];
  beforeAll(async () => {
    if (engine === 'neo4j') await wipeNeo4j();
  });
  afterAll(() => {
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['unset', undefined],
    ['production', 'production'],
  ])(
    'NODE_ENV %s: exits 0 within 10 s of SIGTERM, after an in-flight request answered, and logs the store closed',
    async (_, nodeEnv) => {
      const server = await startServer({
        ...engineEnv(engine),
        NODE_ENV: nodeEnv,
        KIES_DATA_DIR: join(dir, 'data'),
        LOG_LEVEL: 'warn',
      });
      running.push(server);
      const inFlight = gql(server.url, '{ gaps { id } stats { nodes } }');
      await new Promise((r) => setTimeout(r, 20));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.body.data!.stats.nodes).toBeGreaterThan(500);
      const code = await Promise.race([
        server.exited,
        new Promise((r) => setTimeout(() => r('still running after 10 s'), 10_000)),
      ]);
      const tookMs = Date.now() - signalled;
      expect(code, server.output()).toBe(0);
      expect(tookMs).toBeLessThan(10_000);
      expect(server.output()).toMatch(/kies: SIGTERM, finishing in-flight requests/);
      expect(server.output()).toMatch(/kies: store closed, exiting/);
    },
  );
});
