// `npm run loadtest [-- --duration 20 --connections 200 --url http://127.0.0.1:PORT --json FILE]`
// Starts its own server (a child process on 127.0.0.1, embedded store in a temporary folder, seeded on start, rate
// limit off: KIES_RATE_LIMIT=0, since 200 clients from one address would otherwise be throttled by design), checks
// every query once, then runs autocannon with 200 concurrent connections for a bounded time over a mix of
// realistic queries (loadtest-mix.ts: search, node with relationships, neighbourhood, mission matrix, gaps, paths, stats).
// Prints requests per second, p50/p99 latency overall and per query kind, errors, timeouts and non-2xx answers (and
// with --json writes them to FILE, for the bench); exits 1 unless all are 0.
// With --url it targets a running server instead, which must be on loopback (this tool never leaves the machine).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { KindLatencies, QUERIES, type KindFigures } from './loadtest-mix.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

async function startServer(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kies-loadtest-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'main.ts')], {
    cwd: ROOT,
    // NODE_ENV as `npm start` runs the server: the figures are the production process's.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      KIES_DATA_DIR: dir,
      KIES_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      NEO4J_URI: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`loadtest: the server did not start:\n${text}`)), 120_000);
    child.stdout!.on('data', (d) => {
      text += d;
      const match = /explorer on (http:\/\/[\d.]+:\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.on('exit', (code) => fail(new Error(`loadtest: the server exited (${code}):\n${text}`)));
  });
  return { url, child, dir };
}

const body = (q: (typeof QUERIES)[number]) => JSON.stringify({ query: q.query, variables: q.variables ?? {} });

/**
 * Every query checked (a GraphQL error would hide behind a 200 in autocannon's counts), then timed alone: one client,
 * the median of four more sequential runs per kind, the floor the per-kind figures under load are compared with.
 */
async function preflight(url: string): Promise<Map<string, number>> {
  const alone = new Map<string, number>();
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(q),
      });
      const json = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || json.errors)
        throw new Error(`loadtest: query ${q.name} fails: ${res.status} ${JSON.stringify(json.errors)}`);
      times.push(performance.now() - started);
    }
    const [first, ...rest] = times;
    alone.set(q.name, rest.sort((a, b) => a - b)[Math.floor(rest.length / 2)]!);
    console.log(
      `loadtest: ${q.name.padEnd(20)} ok (first ${first!.toFixed(0)} ms, then ${alone.get(q.name)!.toFixed(1)} ms alone)`,
    );
  }
  return alone;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '200' },
      url: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(duration) || duration < 1 || duration > 600)
    throw new Error('loadtest: --duration must be 1..600 seconds');
  if (!Number.isInteger(connections) || connections < 1 || connections > 2000)
    throw new Error('loadtest: --connections must be 1..2000');
  if (values.url && !isLoopback(values.url))
    throw new Error(`loadtest: --url must be a loopback address, got ${values.url}`);

  const server = values.url ? null : await startServer();
  const url = values.url ?? server!.url;
  try {
    console.log(`loadtest: server ${url} (${server ? 'started for this run, rate limit off' : 'given with --url'})`);
    const alone = await preflight(url);
    console.log(`loadtest: ${connections} connections for ${duration} s over ${QUERIES.length} queries...`);
    // autocannon counts HTTP failures; a GraphQL error comes back with status 200, so bodies are checked too.
    let graphqlErrors = 0;
    const kinds = new KindLatencies();
    const bodies = new Map(QUERIES.map((q) => [q.name, body(q)]));
    let picked = 0;
    const result = await autocannon({
      url: `${url}/graphql`,
      connections,
      duration,
      timeout: 30,
      setupClient: kinds.setupClient,
      // One request slot whose query is picked per request, round robin over the mix across all connections: every
      // connection starts at a different entry and the kinds in flight stay mixed. (A list of requests would make
      // all 200 connections walk it in step: 200 searches, then 200 node look-ups, ..., waves of one kind.)
      requests: [
        {
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request, context) => {
            const q = QUERIES[picked++ % QUERIES.length]!;
            context.kind = q.name;
            return { ...request, body: bodies.get(q.name) };
          },
          onResponse: (status, text, context) => {
            kinds.answered(context.kind as string);
            if (status === 200 && text.includes('"errors"')) graphqlErrors++;
          },
        },
      ],
    });
    const non2xx = result.non2xx;
    const failures = result.errors + result.timeouts + non2xx + graphqlErrors;
    console.log('');
    console.log(`loadtest: requests        ${result.requests.total} in ${result.duration.toFixed(1)} s`);
    console.log(
      `loadtest: requests/second ${result.requests.average.toFixed(1)} (mean), ${result.requests.p50} (p50 of seconds)`,
    );
    console.log(
      `loadtest: latency         p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `loadtest: errors          ${result.errors} (timeouts ${result.timeouts}), non-2xx ${non2xx}, GraphQL errors ${graphqlErrors}`,
    );
    const perKind = kinds.figures().map((k) => ({ ...k, alone: alone.get(k.kind)! }));
    printKinds(perKind);
    const answered = kinds.connections();
    console.log(
      `loadtest: connections     ${answered.answered} of ${connections} answered; first answer per connection p50 ${answered.p50.toFixed(0)} ms, p99 ${answered.p99.toFixed(0)} ms, max ${answered.max.toFixed(0)} ms`,
    );
    if (values.json)
      writeFileSync(
        values.json,
        JSON.stringify({ connections, duration, result, graphqlErrors, failures, perKind, answered }, null, 2),
      );
    console.log(failures === 0 ? 'loadtest: PASS (0 errors)' : `loadtest: FAIL (${failures} failed requests)`);
    return failures === 0 ? 0 : 1;
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
      rmSync(server.dir, { recursive: true, force: true });
    }
  }
}

function printKinds(perKind: (KindFigures & { alone: number })[]): void {
  console.log('loadtest: per query kind (ms; alone = one client, before the load):');
  for (const k of perKind)
    console.log(
      `loadtest:   ${k.kind.padEnd(20)} n ${String(k.requests).padStart(6)}  p50 ${k.p50.toFixed(0).padStart(6)}  p99 ${k.p99.toFixed(0).padStart(6)}  max ${k.max.toFixed(0).padStart(6)}  alone ${k.alone.toFixed(1).padStart(6)}`,
    );
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
