// `node --import tsx bench/src/search-tail-prof.ts [--size=100k] [--n=1000] [--flags="--max-semi-space-size=32"]`:
// where the GraphQL search row's p99 comes from. A child serves the API over a fresh store (as the bench's host) and
// records every request's time in the server, every GC (kind, pause) and the event loop's delay; this process is
// the bench's sequential client (same document, same probes) and lines the slow requests up with the child's GCs.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchDocument } from '../../web/src/core/api/generated/operations.js';
import { percentile } from './stats.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const size = arg('size', '100k');
const n = Number(arg('n', '1000'));
const flags = arg('flags', '').split(' ').filter(Boolean);
/** --probe=2: only that probe search (0-2), to profile one query's requests. */
const probe = arg('probe', '');
const pick = (i: number) => (probe === '' ? i % 3 : Number(probe));
const now = () => performance.timeOrigin + performance.now();
const ms = (x: number) => x.toFixed(2).padStart(6);

interface Served {
  requests: [start: number, end: number][];
  searchTimes: number[];
  gcs: [start: number, duration: number, kind: string][];
  loopDelay: { p50: number; p99: number; max: number };
  newSpaceMb: number;
}

if (process.argv[2] === 'child') {
  const { serve } = await import('./search-tail-child.js');
  await serve(size);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kies-search-tail-'));
  const extra = process.argv.includes('--heap-sample') ? ['--heap-sample'] : [];
  const child = fork(new URL(import.meta.url).pathname, ['child', `--size=${size}`, `--dir=${dir}`, ...extra], {
    execArgv: ['--import', 'tsx', ...flags],
  });
  const ready = await new Promise<{ port: number; searches: string[] }>((resolve) =>
    child.once('message', (m) => resolve(m as { port: number; searches: string[] })),
  );
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  const post = async (text: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SearchDocument.toString().trim(), variables: { text, first: 20 } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  for (let i = 0; i < 30; i++) await post(ready.searches[pick(i)]!);
  child.send('start');
  const client: [start: number, end: number, query: number][] = [];
  for (let i = 0; i < n; i++) {
    const start = now();
    await post(ready.searches[pick(i)]!);
    client.push([start, now(), pick(i)]);
  }
  child.send('report');
  const served = await new Promise<Served>((resolve) => child.once('message', (m) => resolve(m as Served)));
  child.send('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });

  const times = client.map(([s, e]) => e - s);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(
    `${size} flags [${flags.join(' ')}]: GraphQL search n ${n}: p50 ${ms(p50)}  p90 ${ms(percentile(times, 90))}  p99 ${ms(p99)}  max ${ms(Math.max(...times))} ms`,
  );
  for (let q = 0; q < 3; q++) {
    const t = client.filter((c) => c[2] === q).map(([s, e]) => e - s);
    console.log(`  "${ready.searches[q]}": p50 ${ms(percentile(t, 50))}  p99 ${ms(percentile(t, 99))}`);
  }
  const server = served.requests.map(([s, e]) => e - s);
  console.log(
    `  in the server (request -> response finished): p50 ${ms(percentile(server, 50))}  p99 ${ms(percentile(server, 99))}`,
  );
  console.log(
    `  of which store.search: p50 ${ms(percentile(served.searchTimes, 50))}  p99 ${ms(percentile(served.searchTimes, 99))}`,
  );
  const byKind = new Map<string, number[]>();
  for (const [, d, kind] of served.gcs) byKind.set(kind, [...(byKind.get(kind) ?? []), d]);
  for (const [kind, list] of byKind)
    console.log(
      `  GC ${kind}: ${list.length} (${(list.length / n).toFixed(2)} per request), pause p50 ${ms(percentile(list, 50))} max ${ms(Math.max(...list))} ms, total ${ms(list.reduce((a, b) => a + b, 0))} ms`,
    );
  const scavenges = byKind.get('scavenge')?.length ?? 0;
  if (scavenges > 0)
    console.log(
      `  allocation ≈ ${((served.newSpaceMb * 1024 * scavenges) / n / 2).toFixed(0)} KB per request (semi-space ${served.newSpaceMb / 2} MB x scavenges / requests)`,
    );
  console.log(
    `  event loop delay (server): p50 ${ms(served.loopDelay.p50)}  p99 ${ms(served.loopDelay.p99)}  max ${ms(served.loopDelay.max)} ms`,
  );
  const slow = client.filter(([s, e]) => e - s >= p99 * 0.999 || e - s > 3 * p50);
  const overlaps = (s: number, e: number) => served.gcs.filter(([g, d]) => g < e && g + d > s);
  console.log(`  slow requests (≥ p99 or > 3x p50): ${slow.length}`);
  let withGc = 0;
  for (const [s, e, q] of slow.sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, 12)) {
    const gcs = overlaps(s, e);
    if (gcs.length) withGc++;
    console.log(
      `    ${ms(e - s)} ms "${ready.searches[q]}"  GCs inside: ${gcs.map(([, d, k]) => `${k} ${d.toFixed(1)}`).join(', ') || 'none'}`,
    );
  }
  const allWithGc = slow.filter(([s, e]) => overlaps(s, e).length > 0).length;
  console.log(
    `  ${allWithGc} of ${slow.length} slow requests overlap a GC in the server; all requests: ${client.filter(([s, e]) => overlaps(s, e).length > 0).length} of ${n}`,
  );
  void withGc;
}
