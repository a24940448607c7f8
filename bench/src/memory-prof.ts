// `node --expose-gc --import tsx bench/src/memory-prof.ts <server|store-alone> [10k|100k|1m] [--nodes-only] [--bare] [--settle-ms=200]`: what the server
// holds per part after loading (RSS, V8 heap, external), stage by stage; store-alone loads the same graph into a bare
// @grafeo-db/js database (native batch API, nothing of ours kept): the store's own footprint, the floor of issue 15.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, type DatasetName } from './datasets.js';

const [mode = 'server', size = '100k'] = process.argv.slice(2).filter((a) => !a.startsWith('--')) as [
  'server' | 'store-alone',
  DatasetName,
];
const dir = mkdtempSync(join(tmpdir(), 'kies-memory-prof-'));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0).padStart(5);
const proc = (key: string) =>
  Number(/\d+/.exec(new RegExp(`${key}:.*`).exec(readFileSync('/proc/self/status', 'utf8'))![0])![0]) * 1024;
let last = 0;
/** --settle-ms=0 reads RSS right after the collections, as settledRssMb (child.ts) did before. */
const settleMs = Number(process.argv.find((a) => a.startsWith('--settle-ms='))?.slice(12) ?? 200);

/**
 * One line per stage after full collections with pauses between them (V8 returns freed pages to the system on a
 * background thread after a collection, as an idle server does): RSS (anonymous / file-backed), V8 heap, external.
 */
async function stage(name: string): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
  const m = process.memoryUsage();
  const delta = m.rss - last;
  last = m.rss;
  console.log(
    `${name.padEnd(44)} RSS ${mb(m.rss)} MB (+${mb(delta)})  anon ${mb(proc('RssAnon'))}  file ${mb(proc('RssFile'))}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)}`,
  );
  return m.rss;
}

await stage('node + tsx, nothing loaded');
if (mode === 'store-alone') {
  const { storeAloneLoad } = await import('./memory/store-alone.js');
  const db = storeAloneLoad(join(dir, 'alone.grafeo'));
  await stage('bare @grafeo-db/js, empty database');
  // --nodes-only: the same nodes without relationships, so the per-node and per-relationship costs can be told apart.
  const nodesOnly = process.argv.includes('--nodes-only');
  // --bare: the same nodes and relationships with no properties but the id: what the engine needs for the graph's
  // shape alone, whatever the model stores on it.
  const bare = process.argv.includes('--bare');
  const shape = (graph: ReturnType<typeof loadDataset>) => ({
    nodes: bare ? graph.nodes.map((n) => ({ ...n, properties: {} })) : graph.nodes,
    relationships: nodesOnly
      ? []
      : bare
        ? graph.relationships.map((r) => ({ ...r, properties: {} }))
        : graph.relationships,
  });
  // The input lives only inside this call, so it is collected before the loaded figure.
  await db.load(shape(loadDataset(size)));
  await stage(
    `bare @grafeo-db/js, ${size}${nodesOnly ? ' nodes only' : ''}${bare ? ', no properties' : ''} loaded (input dropped)`,
  );
  db.close();
} else {
  const { serverStages } = await import('./memory/server-stages.js');
  await serverStages(join(dir, 'server.grafeo'), size, stage);
}
rmSync(dir, { recursive: true, force: true });
