// Profiles CypherKiesStore.neighbourhood alone: per size, a fresh embedded store, the bench probes, p50/p99 and each statement.
// Usage: node --import tsx bench/src/neighbourhood-prof.ts [--sizes=kies,10k,100k] [--depth=2] [--limit=200] [--n=480]
//   [--paths=walk,cypher] [--check] [--whole]
// By default the properties the explorer's document reads (the bench's direct call); --whole reads whole rows.
// --paths: the store's default (the walk over the compact adjacency) and/or the Cypher rings and plan, on the same
// store; --check compares every answer with the relationships of the input graph (keeps the input in memory: GC noise).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CypherExecutor, Statement } from '../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { percentile } from './stats.js';
import { projectionOfQuery } from '../../server/src/graphql/projection.js';
import { NeighbourhoodDocument } from '../../web/src/core/api/generated/operations.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', 'kies,10k,100k').split(',') as DatasetName[];
const depth = Number(arg('depth', '2'));
const limit = Number(arg('limit', '200'));
const n = Number(arg('n', '480'));
const check = process.argv.includes('--check');
const paths = arg('paths', 'walk,cypher').split(',');
const projection = process.argv.includes('--whole') ? undefined : projectionOfQuery(NeighbourhoodDocument.toString());
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
    byEngineId: inner.byEngineId
      ? async (...args: Parameters<NonNullable<CypherExecutor['byEngineId']>>) => {
          const t = performance.now();
          const rows = await inner.byEngineId!(...args);
          const key = 'byEngineId (read back by engine id)';
          times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
          return rows;
        }
      : undefined,
  });
}

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'kies-nb-prof-'));
  const executor = GrafeoExecutor.open(join(dir, `${size}.grafeo`));
  const times = new Map<string, number[]>();
  const stores = new Map(
    paths.map((path) => [path, new CypherKiesStore(timed(executor, times), { walkNeighbourhood: path === 'walk' })]),
  );
  const store = stores.values().next().value!;
  await store.ensureSchema();
  let graph: ReturnType<typeof loadDataset> | null = loadDataset(size);
  const probes = probesOf(graph).nodes;
  await store.bulkImport(graph);
  if (!check) graph = null;
  globalThis.gc?.();
  const calls = [...stores].map(([path, each]) => ({
    path,
    call: (i: number) => each.neighbourhood(probes[i % probes.length]!, depth, null, null, limit, projection),
    samples: [] as number[],
    times: new Map<string, number[]>(),
  }));
  for (const { path, call } of calls) {
    const t = performance.now();
    await call(0);
    // The walk answers once this generation's adjacency is read (the first call only starts that): wait for it.
    const [from, to] = probes;
    await stores
      .get(path)!
      .paths({ from: from!, to: to!, toLabels: null, maxLength: 1, via: null, types: null, limit: 1 });
    const what = path === 'walk' ? 'with the adjacency read' : 'with the hub degrees pass';
    console.log(`${size} ${path}: first call ${ms(performance.now() - t)} (${what})`);
    for (let i = 0; i < probes.length * 2; i++) {
      const sub = await call(i);
      if (!graph) continue;
      const kept = new Set(sub.nodes.map((node) => node.id));
      const among = graph.relationships.filter((r) => kept.has(r.start) && kept.has(r.end)).length;
      if (among !== sub.relationships.length)
        console.log(`  MISMATCH ${probes[i % probes.length]}: ${sub.relationships.length} of ${among} relationships`);
    }
  }
  // The paths take turns call by call, so both see the same load on a shared machine.
  for (let i = 0; i < n; i++) {
    for (const each of calls) {
      times.clear();
      const t = performance.now();
      await each.call(i);
      each.samples.push(performance.now() - t);
      for (const [key, list] of times) each.times.set(key, [...(each.times.get(key) ?? []), ...list]);
    }
  }
  for (const { path, samples, times: statements } of calls) {
    console.log(
      `${size} ${path} depth ${depth} limit ${limit}: p50 ${ms(percentile(samples, 50))}, p90 ${ms(percentile(samples, 90))}, p99 ${ms(percentile(samples, 99))} (n ${n})`,
    );
    for (const [key, list] of statements)
      console.log(
        `  ${String(list.length).padStart(5)} x p50 ${ms(percentile(list, 50)).padStart(9)} p99 ${ms(percentile(list, 99)).padStart(9)}  ${key}`,
      );
  }
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
}
