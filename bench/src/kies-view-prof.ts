// Where the KIES start view's first draw spends its time, against the bare-Cytoscape floor: alternating page loads in
// one run, each with Chromium's trace (main-thread time by kind) and the page's resource timings. Usage:
// node --import tsx bench/src/kies-view-prof.ts [--n=6] [--build] (after `npm run bench -- --only=kies-view` built
// web/dist and bench/browser/dist, or with --build).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../tests/e2e/chromium.js';
import { startHost } from './api-bench.js';
import { buildPages, pageServer } from './browser-bench.js';
import { CAPTURE, PROBE, VIEWPORT } from './kies-view-bench.js';
import { percentile } from './stats.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const n = Number(arg('n', '6'));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** On the explorer: when Cytoscape was created, first given elements, and each frame it drew before the first view. */
const CY_EVENTS = `(() => { const ins = window.__KIES_INSPECTOR__; const created = ins.graphCreated; const ev = window.__profEvents = [];
  ins.graphCreated = (cy) => { created(cy); ev.push('cy ' + Math.round(performance.now())); performance.mark('p-cy');
    cy.one('add', () => { ev.push('add ' + Math.round(performance.now())); performance.mark('p-add'); });
    cy.on('render', () => { if (!window.__profDone) ev.push('render ' + Math.round(performance.now())); });
    cy.on('resize', () => { if (!window.__profDone) ev.push('resize ' + Math.round(performance.now())); });
    cy.on('viewport', () => { if (!window.__profDone) { ev.push('viewport ' + Math.round(performance.now())); if (!window.__profVp) { window.__profVp = 1; performance.mark('p-viewport'); } } }); };
})();`;

/** Marks the start and the "drawn" moment on both pages, so the trace can be cut to that window. */
const MARKS = `(() => { performance.mark('prof-start');
  new MutationObserver(() => { const d = document.body && document.body.dataset;
    if (d && d.figureDrawn && !window.__profDrawn) { window.__profDrawn = 1; performance.mark('prof-drawn'); }
    if (d && (d.graphReady === 'kies' || d.rendered) && !window.__profDone) { window.__profDone = 1; performance.mark('prof-ready'); } })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graph-ready', 'data-rendered', 'data-figure-drawn'] });
})();`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
  id?: string;
  args?: { data?: CpuData & { startTime?: number; url?: string } };
}

/** What a trace's ProfileChunk carries (v8's sampling profiler). */
interface CpuData {
  cpuProfile?: {
    nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber?: number } }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}

/** Self time (ms) per function and per script file between the two marks, from the trace's CPU samples. */
function cpuSelf(events: TraceEvent[], start: number, end: number, pid: number, tid: number) {
  const frames = new Map<number, { functionName: string; url: string; lineNumber?: number }>();
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let t = 0;
  let last = 0;
  let profile: string | undefined;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) {
      profile = e.id;
      t = e.args?.data?.startTime ?? 0;
    }
    if (e.name !== 'ProfileChunk' || e.id !== profile) continue;
    const data = e.args!.data!;
    for (const node of data.cpuProfile?.nodes ?? []) frames.set(node.id, node.callFrame);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const gap = t - last;
      last = t;
      if (t < start || t > end) continue;
      const f = frames.get(samples[i]!);
      if (!f) continue;
      const file = (f.url ?? '').replace(/^.*\//, '') || `(${f.functionName || 'program'})`;
      const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber ?? ''}`;
      byFn.set(key, (byFn.get(key) ?? 0) + gap / 1000);
      byFile.set(file, (byFile.get(file) ?? 0) + gap / 1000);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
  return { files: top(byFile, 12), fns: top(byFn, 25) };
}

const KIND: [RegExp, string][] = [
  [/^(v8\.compile|V8\.CompileCode|v8\.parseOnBackground|V8\.ScriptCompiler|v8\.produceModuleCache)/i, 'compile'],
  [/GC/, 'gc'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^(Layout|UpdateLayerTree|PrePaint|Layerize|Paint|PaintImage|RasterTask|Commit)$/, 'layout+paint'],
  [/^ParseHTML$/, 'html'],
];

/** Self time per kind on the renderer's main thread between the two marks (ms), and the window's length. */
function mainThread(events: TraceEvent[]) {
  const start = events.find((e) => e.name === 'prof-start');
  const ready = events.find((e) => e.name === 'prof-ready');
  if (!start || !ready) return null;
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts < ready.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string; children: number; dur: number }[] = [];
  let busy = 0;
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.name, (self.get(top.name) ?? 0) + top.dur - top.children);
    if (stack.length) stack[stack.length - 1]!.children += top.dur;
  };
  const tasks: string[] = [];
  let top: { ts: number; dur: number; names: string[] } | null = null;
  const flush = () => {
    if (top && top.dur >= 8000)
      tasks.push(
        `${Math.round((top.ts - start.ts) / 1000)}+${Math.round(top.dur / 1000)} ${top.names.slice(0, 4).join('>')}`,
      );
  };
  for (const e of main) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
    const dur = e.dur ?? 0;
    if (!stack.length) {
      busy += dur;
      flush();
      top = { ts: e.ts, dur, names: [] };
    }
    if (top && stack.length < 4 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
      top.names.push(`${e.name}${e.args?.data?.url ? `(${e.args.data.url.replace(/^.*\//, '').slice(0, 16)})` : ''}`);
    stack.push({ end: e.ts + dur, name: e.name, children: 0, dur });
  }
  while (stack.length) pop();
  flush();
  // Main-thread busy time between the build's marks (first App render, data in, last add, fit done), if it has them.
  const named = (name: string, last = false) => {
    const all = events.filter((e) => e.name === name && e.ts >= start.ts && e.ts <= ready.ts);
    return (last ? all[all.length - 1] : all[0])?.ts;
  };
  const steps = [
    ['start', start.ts],
    ['app', named('g0-app-render')],
    ['cy', named('p-cy')],
    ['data', named('g0-data')],
    ['add', named('g-add-start', true)],
    ['fit', named('g-fit-end', true)],
    ['ready', ready.ts],
  ].filter((x): x is [string, number] => x[1] !== undefined);
  const tops = main.filter((e, i) => !main.slice(Math.max(0, i - 50), i).some((p) => p.ts + (p.dur ?? 0) > e.ts));
  const spans = steps.slice(1).map(([name, end], i) => {
    const from = steps[i]![1];
    let b = 0;
    for (const e of tops) b += Math.max(0, Math.min(end, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts));
    return `${steps[i]![0]}→${name} ${Math.round((end - from) / 1000)}/${Math.round(b / 1000)}`;
  });
  const at = (name: string) => events.find((e) => e.name === name)?.ts;
  const added = at('p-add') ?? Infinity;
  const marks = events.filter((e) => e.name.startsWith('g-') && e.ts >= added && e.ts < ready.ts).map((e) => e.ts);
  const cuts = [...new Set([start.ts, at('p-cy'), added, ...marks, at('p-viewport'), ready.ts])]
    .filter((x): x is number => x !== undefined && x !== Infinity)
    .sort((a, b) => a - b);
  const cpu = process.argv.includes('--cpu')
    ? cuts
        .slice(1)
        .map((end, i) => ({ ms: (end - cuts[i]!) / 1000, ...cpuSelf(events, cuts[i]!, end, start.pid, start.tid) }))
    : null;
  const kinds: Record<string, number> = { script: 0, compile: 0, gc: 0, style: 0, 'layout+paint': 0, html: 0 };
  for (const [name, us] of self) {
    const kind = KIND.find(([re]) => re.test(name))?.[1] ?? 'script';
    kinds[kind] = (kinds[kind] ?? 0) + us / 1000;
  }
  return { windowMs: (ready.ts - start.ts) / 1000, busyMs: busy / 1000, kinds, cpu, tasks, spans };
}

async function visit(browser: Browser, url: string, init: string, wait: string, extra?: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: init });
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'v8',
        'blink.user_timing',
        'disabled-by-default-v8.gc',
        ...(process.argv.includes('--cpu') ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    });
    await page.goto(url);
    await page.waitForSelector(wait, { state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(200);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const resources = (await page.evaluate(`performance.getEntriesByType('resource').map((r) => ({
      name: r.name.replace(/^https?:\\/\\/[^/]+/, '').slice(0, 40), start: Math.round(r.startTime), end: Math.round(r.responseEnd), req: Math.round(r.requestStart), resp: Math.round(r.responseStart) }))`)) as {
      name: string;
      start: number;
      end: number;
      req: number;
      resp: number;
    }[];
    const ready = (await page.evaluate(`performance.getEntriesByName('prof-ready')[0].startTime`)) as number;
    // The start figure drawn before the app mounted (views/graph/early-figure.ts), when the build has one.
    const drawn = (await page.evaluate(
      `performance.getEntriesByName('prof-drawn')[0]?.startTime ?? performance.getEntriesByName('prof-ready')[0].startTime`,
    )) as number;
    const more = extra ? await page.evaluate(extra) : null;
    return { ready, drawn, resources, main: mainThread(trace.traceEvents), more };
  } finally {
    await context.close();
  }
}

/** What the probe reports on the explorer: elements, Cytoscape's events and the build's own marks, if any. */
const APP_FACTS = `(${CAPTURE}).elements.length + ' elements; ' + window.__profEvents.join(', ') + '; ' +
  performance.getEntriesByType('mark').filter((m) => m.name.startsWith('g')).map((m) => m.name + ' ' + Math.round(m.startTime)).join(', ')`;

async function main() {
  if (process.argv.includes('--build')) buildPages();
  const captured = new Map<string, unknown>();
  const pages = await pageServer(captured);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  // --dist=a,b: builds compared in turn, each served by its own host (same seed), against one floor.
  const dists = arg('dist', `${ROOT}web/dist`).split(',');
  const hosts = [];
  for (const dist of dists) hosts.push(await startHost('kies', 'serve', dist));
  const verbose = process.argv.includes('--verbose');
  const floor = () => visit(browser, `${pages.url}/kies-floor.html?captured=kies-view`, MARKS, 'body[data-rendered]');
  try {
    const first = await visit(browser, `${hosts[0]!.url}/`, PROBE + MARKS, 'body[data-graph-ready="kies"]', CAPTURE);
    captured.set('kies-view', first.more);
    const ready: number[][] = dists.map(() => []);
    const floors: number[] = [];
    const busy: number[][] = [];
    const phases: Record<string, number>[][] = dists.map(() => []);
    for (let i = 0; i < n; i++) {
      const load = loadavg()[0]!.toFixed(1);
      const line: string[] = [];
      for (let d = 0; d <= dists.length; d++) {
        const name = d < dists.length ? `app${d}` : 'floor';
        const r =
          d < dists.length
            ? await visit(
                browser,
                `${hosts[d]!.url}/`,
                PROBE + CY_EVENTS + MARKS,
                'body[data-graph-ready="kies"]',
                APP_FACTS,
              )
            : await floor();
        line.push(
          `${name} ${Math.round(r.ready)} (busy ${Math.round(r.main?.busyMs ?? NaN)}${r.main?.spans.length ? `: ${r.main.spans.join(' ')}` : ''})`,
        );
        (busy[d] ??= []).push(r.main?.busyMs ?? NaN);
        if (verbose) {
          const k = r.main?.kinds ?? {};
          console.log(
            `${i} ${name} main busy ${Math.round(r.main?.busyMs ?? 0)} of ${Math.round(r.main?.windowMs ?? 0)} ms: ` +
              Object.entries(k)
                .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
                .join(', '),
          );
          console.log(
            `    ${r.resources.map((x) => `${x.name.replace('/assets/', '')} ${x.start}-${x.end} (req ${x.req} resp ${x.resp})`).join(' | ')}`,
          );
          if (r.more) console.log(`    ${String(r.more).slice(0, 600)}`);
          if (process.argv.includes('--tasks')) console.log(`    tasks: ${r.main?.tasks.join(' | ')}`);
        }
        for (const part of r.main?.cpu ?? [])
          console.log(
            `  -- ${Math.round(part.ms)} ms\n    files: ${part.files.join(' | ')}\n    fns: ${part.fns.join(' | ')}`,
          );
        if (d === dists.length) {
          floors.push(r.ready);
          continue;
        }
        ready[d]!.push(r.ready);
        const ev = String(r.more);
        const at = (what: string) => Number(new RegExp(`${what} (\\d+)`).exec(ev)?.[1] ?? NaN);
        const gql = r.resources.find((x) => x.name.startsWith('/graphql'));
        phases[d]!.push({
          gqlStart: gql?.start ?? NaN,
          gqlEnd: gql?.end ?? NaN,
          cy: at('cy'),
          add: at('add'),
          viewport: at('viewport'),
          drawn: r.drawn,
          ready: r.ready,
        });
      }
      console.log(`${i} load ${load}: ${line.join(', ')}`);
    }
    const med = (xs: number[]) => percentile(xs, 50);
    const f = med(floors);
    console.log(`floor main-thread busy median ${Math.round(med(busy[dists.length]!))} ms`);
    dists.forEach((dist, d) => {
      console.log(`app${d} = ${dist}`);
      for (const key of Object.keys(phases[d]![0] ?? {}))
        console.log(`  ${key.padEnd(9)} median ${Math.round(med(phases[d]!.map((p) => p[key]!)))} ms`);
      console.log(`  main-thread busy median ${Math.round(med(busy[d]!))} ms`);
      const a = med(ready[d]!);
      const pairs = ready[d]!.map((x, i) => (x / floors[i]!).toFixed(2));
      console.log(
        `  median ${Math.round(a)} ms, floor ${Math.round(f)} ms, ratio ${(a / f).toFixed(2)}x; per pair: ${pairs.join(' ')}`,
      );
      const drawn = phases[d]!.map((p) => p.drawn!);
      const drawnPairs = drawn.map((x, i) => (x / floors[i]!).toFixed(2));
      console.log(
        `  figure drawn median ${Math.round(med(drawn))} ms, ratio ${(med(drawn) / f).toFixed(2)}x; per pair: ${drawnPairs.join(' ')}`,
      );
    });
  } finally {
    for (const host of hosts) await host.stop();
    await browser.close();
    pages.server.close();
  }
}

void main();
