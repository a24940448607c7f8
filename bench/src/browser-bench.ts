// Explorer benchmarks in headless Chromium (playwright-core): KIES view, render, layout and FPS against bare Cytoscape.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHost } from './api-bench.js';
import { kiesViewRows } from './kies-view-bench.js';
import type { ResultRow } from './results.js';
import { percentile, ratio } from './stats.js';
import { CHROMIUM_LAUNCH } from '../../tests/e2e/chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = join(ROOT, 'bench/browser/dist');
const WEB_DIST = join(ROOT, 'web/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Serves the bench pages and, under /captured/, element lists captured from the explorer. */
export function pageServer(captured: Map<string, unknown>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const name = /^\/captured\/([\w-]+)\.json$/.exec(path)?.[1];
    if (name && captured.has(name))
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(captured.get(name)));
    const file = join(PAGES, path);
    if (!file.startsWith(PAGES) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}

async function withPage<T>(browser: Browser, url: string, work: (page: Page) => Promise<T>): Promise<T> {
  // A fresh context per measurement: empty cache and storage, like a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Loads a bench page and returns window.__bench once body[data-rendered] is set. */
const benchPage = (browser: Browser, url: string, then?: (page: Page) => Promise<number>) =>
  withPage(browser, url, async (page) => {
    await page.waitForFunction(
      () => document.body.dataset.rendered || (window as unknown as { __bench?: { error?: string } }).__bench?.error,
      null,
      { timeout: 90_000 },
    );
    const state = (await page.evaluate(
      () => (window as unknown as { __bench: Record<string, number> }).__bench,
    )) as Record<string, number>;
    if (state.error) throw new Error(`${url}: ${state.error}`);
    return { ...state, extra: then ? await then(page) : undefined } as Record<string, number> & { extra?: number };
  });

/** Drag-pans across the canvas, then zooms with the wheel, counting animation frames meanwhile. */
async function gestureFps(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as { __bench: { startFrames(): void } }).__bench.startFrames());
  // Each input event waits for the page; on a software renderer a frame can take a second, so the gesture is
  // bounded in time (the fps figure divides by the real elapsed time either way).
  const deadline = Date.now() + 6000;
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 0; i < 40 && Date.now() < deadline; i++) await page.mouse.move(640 - i * 8, 400 - i * 4, { steps: 2 });
  await page.mouse.up();
  for (let i = 0; i < 12 && Date.now() < deadline + 3000; i++) {
    await page.mouse.wheel(0, i < 6 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  return page.evaluate(() => (window as unknown as { __bench: { stopFrames(): number } }).__bench.stopFrames());
}

const median = (values: number[]) => percentile(values, 50);

/** One failing measurement becomes a row saying why, instead of ending the whole suite. */
async function guarded(
  rows: ResultRow[],
  what: { case: string; size: string },
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    rows.push({
      suite: 'explorer',
      ...what,
      value: NaN,
      unit: 'ms',
      note: `failed: ${(error as Error).message.split('\n')[0]}`,
    });
  }
}

/** Builds the explorer (web/dist) and the bench's floor pages (bench/browser/) with Vite. */
export function buildPages(): void {
  execFileSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/browser/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** `kiesOnly`: only the KIES start view's rows (npm run bench -- --only=kies-view). */
export async function explorerBench(
  { quick, kiesOnly = false }: { quick: boolean; kiesOnly?: boolean },
  log: (line: string) => void,
): Promise<ResultRow[]> {
  log('explorer: building web/ and bench/browser/ (vite)');
  buildPages();
  const captured = new Map<string, unknown>();
  const pages = await pageServer(captured);
  // launch() gives Chromium a fresh temporary profile (user-data-dir) and removes it on close.
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const rows: ResultRow[] = [];
  const runs = quick ? 1 : 3;
  try {
    log('explorer: KIES start view');
    const host = await startHost('kies', 'serve', WEB_DIST);
    try {
      // The readable figure as users get it, against bare Cytoscape drawing the same labelled elements (kies-view-bench.ts).
      // Nine pairs: one page load varies by ±150 ms on this machine, a median of three moved the ratio by ±0.3.
      const pairs = quick ? 1 : 9;
      rows.push(
        ...(await kiesViewRows({ browser, appUrl: host.url, pagesUrl: pages.url, captured, runs: pairs, log })),
      );
    } finally {
      await host.stop();
    }
    if (kiesOnly) return rows;

    for (const n of quick ? [2000, 5000] : [2000, 5000, 10_000]) {
      log(`explorer: render ${n} nodes`);
      await guarded(rows, { case: 'render subgraph (canvas)', size: `${n / 1000}k` }, async () => {
        const times = async (page: string) => {
          const out: number[] = [];
          for (let i = 0; i < (n >= 10_000 ? 1 : runs); i++)
            out.push((await benchPage(browser, `${pages.url}/${page}.html?n=${n}`)).renderMs);
          return median(out);
        };
        const [value, floor] = [await times('explorer'), await times('bare')];
        rows.push({
          suite: 'explorer',
          case: 'render subgraph (canvas)',
          size: `${n / 1000}k`,
          value,
          unit: 'ms',
          floor,
          ratio: ratio(value, floor),
          note: `${3 * n} edges, preset positions`,
        });
      });
    }

    const layouts: [string, number][] = quick
      ? [
          ['fcose', 500],
          ['fcose', 2000],
          ['dagre', 500],
        ]
      : [
          ['fcose', 500],
          ['fcose', 2000],
          ['fcose', 5000],
          ['dagre', 500],
        ];
    for (const [layout, n] of layouts) {
      log(`explorer: layout ${layout} ${n} nodes`);
      await guarded(rows, { case: `layout ${layout} in the worker`, size: String(n) }, async () => {
        const value = (await benchPage(browser, `${pages.url}/layout.html?n=${n}&layout=${layout}`)).renderMs;
        const floor = (await benchPage(browser, `${pages.url}/layout.html?n=${n}&layout=${layout}&floor=true`))
          .renderMs;
        rows.push({
          suite: 'explorer',
          case: `layout ${layout} in the worker`,
          size: `${n >= 1000 ? `${n / 1000}k` : n}`,
          value,
          unit: 'ms',
          floor,
          ratio: ratio(value, floor),
          note:
            layout === 'fcose'
              ? `worker: draft${n <= 800 ? ' + refine' : ''}, tuned; floor: fcose draft, defaults, main thread`
              : 'floor: dagre defaults, main thread',
        });
      });
    }

    for (const renderer of ['canvas', 'webgl']) {
      log(`explorer: fps while panning and zooming 5k nodes (${renderer})`);
      await guarded(rows, { case: `pan + zoom fps (${renderer})`, size: '5k' }, async () => {
        const fps = async (page: string) =>
          Number((await benchPage(browser, `${pages.url}/${page}.html?n=5000&renderer=${renderer}`, gestureFps)).extra);
        const [value, floor] = [await fps('explorer'), await fps('bare')];
        rows.push({
          suite: 'explorer',
          case: `pan + zoom fps (${renderer})`,
          size: '5k',
          value,
          unit: 'fps',
          floor,
          ratio: ratio(floor, value),
          note:
            renderer === 'webgl'
              ? 'no GPU: WebGL runs on SwiftShader (software)'
              : 'explorer: textureOnViewport; floor: defaults',
        });
      });
    }
  } finally {
    await browser.close();
    pages.server.close();
  }
  return rows;
}
