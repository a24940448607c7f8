// Starts the real app in-process for browser tests: in-memory store, seeded from graph-seed/, web/dist built once.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { createApp } from '../../server/src/http/create-app.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore, type KiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const WEB_DIST = join(ROOT, 'web', 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist unless it is newer than every web source file (several test files share one build). */
export function ensureWebBuild(): void {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newestMtime(join(ROOT, 'web'))) return;
  // The build users get: vitest sets NODE_ENV=test, which would give React's development build (StrictMode then
  // mounts every effect twice and aborts the first requests, which the browser tests count as failed requests).
  execFileSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface RunningApp {
  url: string;
  store: KiesStore;
  close: () => Promise<void>;
}

/**
 * The app on the seed. `openStore` gives an empty store with its schema (tests/engines.ts openFreshStore for an
 * engine); an in-memory embedded store by default.
 */
export async function startApp(extra?: GraphData, openStore?: () => Promise<KiesStore>): Promise<RunningApp> {
  ensureWebBuild();
  const store = openStore ? await openStore() : new CypherKiesStore(GrafeoExecutor.open(null));
  if (!openStore) await store.ensureSchema();
  await store.importGraph(readSeedGraph());
  if (extra) await store.importGraph(extra);
  const { app, stop } = await createApp({ store, webDist: WEB_DIST });
  const server: Server = await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await stop();
      await store.close();
    },
  };
}
