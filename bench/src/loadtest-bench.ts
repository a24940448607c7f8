// The load-test target in `npm run bench` (--only=loadtest): runs `npm run loadtest` (its own server, 200 connections,
// the mixed queries of server/src/cli/loadtest-mix.ts) as a child process and turns its figures into result rows.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ResultRow } from './results.js';
import { ratio } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONNECTIONS = 200;
const P99_TARGET_MS = 1000;

interface LoadtestJson {
  result: { requests: { average: number }; latency: { p50: number; p99: number; max: number } };
  failures: number;
  perKind: { kind: string; requests: number; p50: number; p99: number; max: number; alone: number }[];
  answered: { answered: number; p50: number; p99: number; max: number };
}

/** The load test's own output (stdout) is logged line by line; the rows come from its --json file. */
export async function loadtestBench(quick: boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kies-bench-loadtest-'));
  const file = join(dir, 'loadtest.json');
  const duration = quick ? 8 : 20;
  const load = loadavg()[0]!.toFixed(2);
  log(`loadtest: ${CONNECTIONS} connections for ${duration} s (load average ${load} at the start)`);
  try {
    const args = ['--import', 'tsx', 'server/src/cli/loadtest.ts', '--duration', String(duration)];
    const run = await promisify(execFile)(
      process.execPath,
      [...args, '--connections', String(CONNECTIONS), '--json', file],
      { cwd: ROOT, timeout: 300_000 },
    ).catch((error: { stdout?: string; code?: number }) => {
      // Exit 1 with errors counted still wrote its figures; anything else has no figures to report.
      if (error.code !== 1 || error.stdout === undefined) throw error;
      return { stdout: error.stdout };
    });
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('loadtest:'))) log(line);
    return rows(JSON.parse(readFileSync(file, 'utf8')) as LoadtestJson, load);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(json: LoadtestJson, load: string): ResultRow[] {
  const size = `kies, ${CONNECTIONS} conn.`;
  const { latency, requests } = json.result;
  const met = latency.p99 <= P99_TARGET_MS && json.failures === 0;
  const connected = json.answered;
  const overall: ResultRow = {
    suite: 'loadtest',
    case: 'all kinds (mixed)',
    size,
    value: latency.p50,
    unit: 'ms',
    p99: latency.p99,
    rps: requests.average,
    target: `load test, ${CONNECTIONS} connections, mixed queries: p99 ≤ 1 s, 0 errors`,
    met,
    note:
      `${json.failures} failed requests, max ${latency.max} ms; ${connected.answered} of ${CONNECTIONS} connections ` +
      `answered, first answer per connection p99 ${connected.p99.toFixed(0)} ms; load average ${load} at the start`,
  };
  const kinds = json.perKind.map((k): ResultRow => ({
    suite: 'loadtest',
    case: k.kind,
    size,
    value: k.p50,
    unit: 'ms',
    p99: k.p99,
    n: k.requests,
    floor: k.alone,
    floorLabel: 'the same query alone (one client, same server, before the load)',
    ratio: ratio(k.p50, k.alone),
  }));
  return [overall, ...kinds];
}
