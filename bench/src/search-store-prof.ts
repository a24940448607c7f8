// `node --expose-gc --import tsx bench/src/search-store-prof.ts [--sizes=kies,10k,100k] [--n=600]`: the embedded
// store's search call (the API row's "direct" side) split into its parts, against the library floor, on a fresh store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { searchText } from '../../server/src/graphql/arguments.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import type { CypherExecutor, Statement } from '../../server/src/store/executor.js';
import type { IndexedSearch } from '../../server/src/store/indexed-search.js';
import { KEPT_READS } from '../../server/src/store/kept-rows.js';
import { buildSearchFloor } from './api/search-floor.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { percentile } from './stats.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', 'kies,10k').split(',') as DatasetName[];
const n = Number(arg('n', '600'));
/** --only=2: only that probe search (0-2). */
const only = arg('only', '');
const ms = (x: number) => x.toFixed(3).padStart(7);

/** Times every read (the store's statements during the loop). */
function timed(inner: CypherExecutor, times: number[]): CypherExecutor {
  return Object.assign(Object.create(inner) as CypherExecutor, {
    engine: inner.engine,
    async read(statement: Statement) {
      const t = performance.now();
      const rows = await inner.read(statement);
      times.push(performance.now() - t);
      return rows;
    },
  });
}

let scavenges = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind: number } })[])
    if (e.detail?.kind === 1) scavenges++;
}).observe({ entryTypes: ['gc'] });

async function loop(label: string, call: (i: number) => unknown, queries: number): Promise<number[]> {
  for (let i = 0; i < 30; i++) await call(i);
  scavenges = 0;
  const all: number[] = [];
  const per: number[][] = Array.from({ length: queries }, () => []);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    const d = performance.now() - t;
    all.push(d);
    per[i % queries]!.push(d);
  }
  const parts = per.map((s) => `${ms(percentile(s, 50))}/${ms(percentile(s, 99))}`).join('  ');
  console.log(
    `  ${label.padEnd(34)} p50 ${ms(percentile(all, 50))}  p99 ${ms(percentile(all, 99))}   per query p50/p99: ${parts}  (${scavenges} scavenges)`,
  );
  return all;
}

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'kies-search-prof-'));
  const executor = GrafeoExecutor.open(join(dir, `${size}.grafeo`));
  const reads: number[] = [];
  const store = new CypherKiesStore(timed(executor, reads));
  await store.ensureSchema();
  const probes = await (async () => {
    const graph = loadDataset(size);
    await store.bulkImport(graph);
    return probesOf(graph);
  })();
  const queries = probes.searches.map(searchText).filter((_, i) => only === '' || i === Number(only));
  await store.search('a', null, 1);
  globalThis.gc?.();
  console.log(`${size}: queries ${queries.map((q) => JSON.stringify(q)).join(', ')}`);
  const counts = await Promise.all(queries.map((q) => store.search(q, null, 100).then((h) => h.length)));
  console.log(`  hits (first 100): ${counts.join(', ')}`);
  reads.length = 0;
  await loop('store.search (direct call)', (i) => store.search(queries[i % queries.length]!, null, 20), queries.length);
  console.log(
    `  of which store reads: p50 ${ms(percentile(reads, 50))}  p99 ${ms(percentile(reads, 99))} (${reads.length})`,
  );
  const indexed = (store as unknown as { indexed: IndexedSearch }).indexed;
  const index = indexed.index;
  // The same call with the kept hit nodes dropped first: a search whose hits were not shown since the last write.
  const kept = indexed as unknown as { kept: Map<string, unknown> };
  reads.length = 0;
  await loop(
    'store.search, hit nodes not kept',
    (i) => (kept.kept.clear(), store.search(queries[i % queries.length]!, null, 20)),
    queries.length,
  );
  console.log(
    `  of which store reads: p50 ${ms(percentile(reads, 50))}  p99 ${ms(percentile(reads, 99))} (${reads.length})`,
  );
  // The explorer's search box asks for its light fields, answered from the rows kept beside the adjacency (read by
  // warm(), as npm start does): the kept whole nodes are dropped first, so no hit is held.
  await store.warm();
  reads.length = 0;
  await loop(
    "store.search, explorer's properties",
    (i) => (kept.kept.clear(), store.search(queries[i % queries.length]!, null, 20, KEPT_READS.node)),
    queries.length,
  );
  console.log(
    `  of which store reads: p50 ${ms(percentile(reads, 50))}  p99 ${ms(percentile(reads, 99))} (${reads.length})`,
  );
  const tokens = queries.map((q) => q.split(/\s+/).filter(Boolean));
  await loop(
    'SearchIndex.search only',
    (i) => index.search(queries[i % queries.length]!, tokens[i % queries.length]!, null, 20),
    queries.length,
  );
  const floor = await buildSearchFloor(executor);
  await loop('stock MiniSearch (bench floor)', (i) => floor(queries[i % queries.length]!), queries.length);
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
}
