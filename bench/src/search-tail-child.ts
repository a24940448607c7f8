// The server side of search-tail-prof.ts: a fresh store with one dataset served over HTTP as the bench's host serves
// it, recording each request's time in the server, each GC (kind, pause) and the event loop's delay while measured.
import type { Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { createApp } from '../../server/src/http/create-app.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';

const KINDS: Record<number, string> = { 1: 'scavenge', 2: 'mark-compact', 4: 'incremental', 8: 'weak callbacks' };

export async function serve(size: string): Promise<void> {
  const dir = process.argv.find((a) => a.startsWith('--dir='))!.slice(6);
  const store = new CypherKiesStore(GrafeoExecutor.open(join(dir, 'tail.grafeo')));
  await store.ensureSchema();
  const searches = await (async () => {
    const graph = loadDataset(size as DatasetName);
    await store.bulkImport(graph);
    return probesOf(graph).searches;
  })();
  await store.search('a', null, 1);
  globalThis.gc?.();
  // The store call's own time inside the server, beside the request's.
  const searchTimes: number[] = [];
  const search = store.search.bind(store);
  store.search = async (...args) => {
    const t = performance.now();
    const hits = await search(...args);
    if (recording) searchTimes.push(performance.now() - t);
    return hits;
  };
  const { app } = await createApp({ store });
  const server = await new Promise<Server>((resolve) => {
    const s: Server = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const now = () => performance.timeOrigin + performance.now();
  let recording = false;
  const requests: [number, number][] = [];
  server.on('request', (_req, res) => {
    if (!recording) return;
    const start = now();
    res.on('finish', () => requests.push([start, now()]));
  });
  const gcs: [number, number, string][] = [];
  new PerformanceObserver((list) => {
    if (!recording) return;
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind: number } })[])
      gcs.push([performance.timeOrigin + e.startTime, e.duration, KINDS[e.detail?.kind ?? 0] ?? 'other']);
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  // --heap-sample: where the measured requests allocate (V8's sampling heap profiler, collected objects included).
  const session = process.argv.includes('--heap-sample') ? new Session() : null;
  session?.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  process.on('message', (message) => {
    if (session && message === 'start')
      void post('HeapProfiler.startSampling', {
        samplingInterval: 1024,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    if (session && message === 'report')
      void post('HeapProfiler.stopSampling').then((r) =>
        writeFileSync(join(dir, '..', 'search-tail.heapprofile'), JSON.stringify((r as { profile: unknown }).profile)),
      );
    // A clean exit, so --cpu-prof and --heap-prof write their files.
    if (message === 'exit') server.close(() => process.exit(0));
    if (message === 'start') {
      recording = true;
      delay.enable();
    }
    if (message === 'report') {
      recording = false;
      delay.disable();
      const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;
      process.send!({
        requests,
        searchTimes,
        gcs,
        loopDelay: { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
        newSpaceMb: newSpace.space_size / 2 ** 20,
      });
    }
  });
  process.send!({ port: (server.address() as { port: number }).port, searches });
}
