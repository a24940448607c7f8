// Child process: loads one dataset into a fresh store (embedded, or the bench's emptied Neo4j), times direct calls, serves HTTP.
// Usage (via api-bench.ts / browser-bench.ts): api-host.ts <dataset> <dataDir> <loopOptionsJSON|serve> <skipJSON> [webDist]
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp } from '../../../server/src/http/create-app.js';
import { CypherKiesStore } from '../../../server/src/store/kies-store.js';
import { settledRssMb } from '../child.js';
import { loadDataset, probesOf, type DatasetName } from '../datasets.js';
import { onNeo4j, openBenchExecutor } from '../neo4j/bench-executor.js';
import type { LoopOptions } from '../stats.js';
import { API_CASES } from './api-cases.js';
import { measureCase, type HostReady, type Measured } from './measure.js';
import { httpFloorServer } from './http-floor.js';
import { measureSearchFloor } from './search-floor.js';

const [dataset, dataDir, loopArg, skipArg, webDist] = process.argv.slice(2) as [
  DatasetName,
  string,
  string,
  string,
  string | undefined,
];
const skip = JSON.parse(skipArg) as Record<string, string>;
const executor = await openBenchExecutor(join(dataDir, `${dataset}-host.grafeo`));
const store = new CypherKiesStore(executor);
// The same database without the between-writes analysis cache (see ApiCase.store).
const uncachedStore = new CypherKiesStore(executor, { analysisCache: false });
// The same database with the gap facts recomputed per call from the adjacency it keeps (ApiCase.store 'per-call');
// no search index of its own (the rows it serves do not search).
const perCallStore = new CypherKiesStore(executor, { gapFactsCache: false, searchIndex: false });
const stores = { cached: store, uncached: uncachedStore, 'per-call': perCallStore };
await store.ensureSchema();
const rssEmptyMb = settledRssMb();
// The dataset lives only inside this function, so it can be collected before the loaded RSS is measured.
async function load(): Promise<{ probes: ReturnType<typeof probesOf>; loadMs: number }> {
  const graph = loadDataset(dataset);
  const started = performance.now();
  await store.bulkImport(graph);
  return { probes: probesOf(graph), loadMs: performance.now() - started };
}
const { probes, loadMs } = await load();
// Restarts the parent's watchdog: each phase gets its own time (api-bench.ts).
process.send!({ phase: `load (${Math.round(loadMs / 1000)} s)` });
// The embedded store's search index is built by the first search after a load (as after any write); the server
// builds it on open. Built here so the loaded RSS includes it.
const indexStarted = performance.now();
if (!onNeo4j()) await store.search('a', null, 1);
const indexMs = onNeo4j() ? undefined : performance.now() - indexStarted;
const rssLoadedMb = settledRssMb();
process.send!({ phase: 'search index' });
// What `npm start` reads once it listens (main.ts: store.warm()): the adjacency with the neighbourhood's kept rows,
// which paths, the neighbourhood, gaps and partners share. The server as started holds it: the RSS target is judged here.
const warmStarted = performance.now();
await store.warm();
const warmMs = onNeo4j() ? undefined : performance.now() - warmStarted;
const rssWarmMb = settledRssMb();
process.send!({ phase: 'analyses read (warm)' });

const direct: Record<string, Measured> = {};
if (loopArg !== 'serve') {
  const loop = JSON.parse(loopArg) as LoopOptions;
  for (const apiCase of API_CASES) {
    if (skip[apiCase.name]) {
      direct[apiCase.name] = { skipped: skip[apiCase.name]! };
      continue;
    }
    // The parent's watchdog restarts this process without the case if it never comes back (a native call
    // cannot be interrupted from JS, and some queries ignore the engine's own 30 s timeout).
    process.send!({ starting: apiCase.name });
    const t = performance.now();
    const target = stores[apiCase.store ?? 'cached'];
    // Neo4j plans and compiles each statement on its first run (seconds on a busy machine): one call does that first,
    // so the slow-call guard judges a warm call as it does on the embedded store; the cold figure is kept.
    const cold = performance.now();
    if (onNeo4j()) await apiCase.direct(target, probes, 0).catch(() => undefined);
    const coldMs = performance.now() - cold;
    const measured = await measureCase((i) => apiCase.direct(target, probes, i), loop);
    if (onNeo4j() && !('skipped' in measured)) measured.coldMs = coldMs;
    direct[apiCase.name] = measured;
    // A failure is remembered by the parent, so a restart does not wait for it a second time.
    if ('skipped' in measured) process.send!({ failed: apiCase.name, why: measured.skipped });
    console.error(`  host ${dataset}: direct ${apiCase.name}: ${Math.round(performance.now() - t)} ms`);
  }
}

// The last case's hang watchdog would otherwise also cover the search floor and the servers' start.
process.send!({ phase: 'direct calls' });
// The library's own query time for the search row (embedded only; built after the RSS figure, then dropped).
// Not at 1M/5M: a second full index of 1M nodes beside the store's (minutes, and ~1 GB of heap) for one ratio.
const searchFloor =
  loopArg !== 'serve' && !onNeo4j() && dataset !== '1m'
    ? await measureSearchFloor(executor, probes, JSON.parse(loopArg) as LoopOptions)
    : undefined;

const { app, stop } = await createApp({ store, webDist });
const uncached = await createApp({ store: uncachedStore });
const perCall = await createApp({ store: perCallStore });
const listen = (express: typeof app) =>
  new Promise<Server>((resolve) => {
    const server: Server = express.listen(0, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server) => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};
const server = await listen(app);
const uncachedServer = await listen(uncached.app);
const perCallServer = await listen(perCall.app);
const floorServer = httpFloorServer();
await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
process.send!({
  ready: true,
  port: portOf(server),
  uncachedPort: portOf(uncachedServer),
  perCallPort: portOf(perCallServer),
  floorPort: portOf(floorServer),
  probes,
  loadMs,
  indexMs,
  rssEmptyMb,
  rssLoadedMb,
  warmMs,
  rssWarmMb,
  direct,
  searchFloor,
} satisfies HostReady);
process.on('message', (message) => {
  if (message !== 'stop') return;
  server.closeAllConnections();
  uncachedServer.closeAllConnections();
  uncachedServer.close();
  perCallServer.closeAllConnections();
  perCallServer.close();
  floorServer.closeAllConnections();
  floorServer.close();
  // close() ignores its callback's promise: the chain ends in exit, and a failed stop exits non-zero.
  server.close(() => {
    stop()
      .then(() => uncached.stop())
      .then(() => perCall.stop())
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  });
});
process.on('disconnect', () => process.exit(0));
