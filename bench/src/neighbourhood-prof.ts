// Profiles CypherKiesStore.neighbourhood alone: per size, a fresh embedded store, the bench probes, p50/p99 and each statement.
// Usage: node --import tsx bench/src/neighbourhood-prof.ts [--sizes=kies,10k,100k] [--depth=2] [--limit=200] [--n=480] [--check]
// --check compares every answer with the relationships of the input graph (keeps the input in memory: GC noise).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CypherExecutor, Statement } from '../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { percentile } from './stats.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', 'kies,10k,100k').split(',') as DatasetName[];
const depth = Number(arg('depth', '2'));
const limit = Number(arg('limit', '200'));
const n = Number(arg('n', '480'));
const check = process.argv.includes('--check');
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Times every read by the first line of its statement, so a slow part shows up by name. */
function timed(inner: CypherExecutor, times: Map<string, number[]>): CypherExecutor {
  return Object.assign(Object.create(inner) as CypherExecutor, {
    engine: inner.engine,
    async read(statement: Statement) {
      const t = performance.now();
      const rows = await inner.read(statement);
      const key = statement.cypher.split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ').slice(0, 60);
      times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
      return rows;
    },
  });
}

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'kies-nb-prof-'));
  const executor = GrafeoExecutor.open(join(dir, `${size}.grafeo`));
  const times = new Map<string, number[]>();
  const store = new CypherKiesStore(timed(executor, times));
  await store.ensureSchema();
  let graph: ReturnType<typeof loadDataset> | null = loadDataset(size);
  const probes = probesOf(graph).nodes;
  await store.bulkImport(graph);
  if (!check) graph = null;
  globalThis.gc?.();
  const call = (i: number) => store.neighbourhood(probes[i % probes.length]!, depth, null, null, limit);
  let t = performance.now();
  await call(0);
  const first = performance.now() - t;
  for (let i = 0; i < probes.length * 2; i++) {
    const sub = await call(i);
    if (!graph) continue;
    const kept = new Set(sub.nodes.map((node) => node.id));
    const among = graph.relationships.filter((r) => kept.has(r.start) && kept.has(r.end)).length;
    if (among !== sub.relationships.length)
      console.log(`  MISMATCH ${probes[i % probes.length]}: ${sub.relationships.length} of ${among} relationships`);
  }
  times.clear();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    t = performance.now();
    await call(i);
    samples.push(performance.now() - t);
  }
  console.log(
    `${size} depth ${depth} limit ${limit}: p50 ${ms(percentile(samples, 50))}, p90 ${ms(percentile(samples, 90))}, p99 ${ms(percentile(samples, 99))} (n ${n}; first call ${ms(first)})`,
  );
  for (const [key, list] of times)
    console.log(
      `  ${String(list.length).padStart(5)} x p50 ${ms(percentile(list, 50)).padStart(9)} p99 ${ms(percentile(list, 99)).padStart(9)}  ${key}`,
    );
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
}
