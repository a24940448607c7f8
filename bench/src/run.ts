// `npm run bench [-- --quick] [--only=load,api,explorer,kies-view,loadtest] [--sizes=kies,10k,100k,1m]`: runs the benchmarks, prints tables, writes bench/results/.
import { apiBench } from './api-bench.js';
import type { DatasetName } from './datasets.js';
import { loadBench } from './load-bench.js';
import { loadtestBench } from './loadtest-bench.js';
import { neo4jApiBench } from './neo4j/neo4j-api.js';
import { neo4jSkipReason, neo4jVersions, startBenchNeo4j, type BenchNeo4j } from './neo4j/neo4j-server.js';
import { consoleTable, writeSuite, writeSummary, type ResultRow, type Suite } from './results.js';
import type { LoopOptions } from './stats.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (suite: string) => !only || only.includes(suite);

// Quick: KIES and 10k only, short loops (a smoke run of every step, ~2 min). Full: all sizes, ~8 min on 2 cores.
const sizes = argv
  .find((a) => a.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',') as DatasetName[] | undefined;
// 1m (1M nodes / 5M relationships: load, search, 1-hop and 2-hop only) runs only when named: ~25 min on 2 cores.
const datasets: DatasetName[] = sizes ?? (quick ? ['kies', '10k'] : ['kies', '10k', '100k']);
// The bench's Neo4j (-Xmx1g) does not take 1M/5M: that size is embedded only.
const neo4jDatasets = datasets.filter((d) => d !== '1m');
// Neo4j's API rows stop at 10k: at 100k one per-call analysis on the bench's 1 GiB JVM takes 30-50 s (first direct
// calls at 2026-12-07 00:19: coverage 29.9 s, gaps 49.2 s), so its loops would run for an hour. Its load row stays.
const neo4jApiDatasets = neo4jDatasets.filter((d) => d !== '100k');
const loop: LoopOptions = quick
  ? { warmup: 5, maxIterations: 100, maxMs: 500 }
  : { warmup: 20, maxIterations: 1000, maxMs: 2500, minIterations: 10 };

const started = new Date();
const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const all = new Map<Suite, ResultRow[]>();
const notes: string[] = [];
const meta = { started: started.toISOString(), quick };

async function step(suite: Suite | 'api+memory', run: () => Promise<ResultRow[]>): Promise<void> {
  try {
    const rows = await run();
    for (const row of rows) all.set(row.suite, [...(all.get(row.suite) ?? []), row]);
  } catch (error) {
    notes.push(`${suite} failed: ${(error as Error).message}`);
    log(`${suite} FAILED: ${(error as Error).stack}`);
  }
}

// The Neo4j rows run on the project's own Neo4j (tests/neo4j-server); without Java they are named, never silently gone.
// One server for the whole run: each start plans every statement cold again (minutes on a busy machine).
let noNeo4j = neo4jSkipReason();
let server: BenchNeo4j | undefined;
if (neo4jDatasets.length === 0) noNeo4j ??= 'only 1M/5M asked, which is embedded only';
if (!noNeo4j && (wanted('load') || wanted('api'))) {
  log('starting Neo4j (tests/neo4j-server)');
  server = await startBenchNeo4j().catch((error: Error) => {
    noNeo4j = `could not start: ${error.message.split('\n')[0]}`;
    return undefined;
  });
}
if (noNeo4j) log(`Neo4j rows NOT RUN: ${noNeo4j}`);
try {
  if (wanted('load')) await step('load', () => loadBench(datasets, log, server));
  if (wanted('api')) await step('api+memory', () => apiBench(datasets, loop, log));
  if (wanted('api') && server)
    await step('neo4j', () =>
      neo4jApiBench(server!, neo4jApiDatasets, loop, [...(all.get('api') ?? []), ...(all.get('memory') ?? [])], log),
    );
} finally {
  await server?.server.stop();
}
// After the Neo4j server stopped: the load test has the machine to itself (its own server and autocannon, 2 processes).
if (wanted('loadtest')) await step('loadtest', () => loadtestBench(quick, log));
if (wanted('explorer') || wanted('kies-view')) {
  // kies-view alone: only the KIES start view's rows of the explorer suite (first view with names, pan fps).
  const { explorerBench } = await import('./browser-bench.js');
  await step('explorer', () => explorerBench({ quick, kiesOnly: !wanted('explorer') }, log));
}

for (const [suite, rows] of all) {
  writeSuite(suite, rows, meta);
  console.log(`\n${consoleTable(suite, rows)}`);
}
const neo4j = noNeo4j
  ? `Neo4j rows NOT RUN: ${noNeo4j}.`
  : `Neo4j rows: ${[...neo4jVersions].join('; ') || '(no server started)'} (tests/neo4j-server: Neo4j's test harness in one JVM, -Xmx1g, same machine, same run); ratio = embedded / Neo4j.${neo4jDatasets.includes('100k') ? ' API rows up to 10k: at 100k one per-call analysis takes 30-50 s on this JVM.' : ''}`;
writeSummary(all, { ...meta, seconds: (performance.now() - t0) / 1000, notes, neo4j });
log(`done: bench/results/SUMMARY.md${notes.length ? ` (${notes.length} step(s) failed)` : ''}`);
process.exit(notes.length ? 1 : 0);
