// The KIES start view's targets (issue 13): first view with its names drawn <= 1 s and <= 1.5x bare Cytoscape drawing
// the same labelled elements with the same stylesheet; panning the labelled view >= 30 fps on the canvas renderer.
import type { Browser, Page } from 'playwright-core';
import type { ResultRow } from './results.js';
import { percentile, ratio } from './stats.js';

/** The reference window: at 1440x900 the fitted figure draws every name. */
export const VIEWPORT = { width: 1440, height: 900 };

/**
 * Injected before the explorer's scripts: when the start figure is first painted (body[data-figure-drawn], drawn
 * before the app mounts: pans, zooms, selects and shows routes on hover), when the whole explorer has it
 * (body[data-graph-ready]: toolbar, panels and details wired), and the Cytoscape instance, through the explorer's
 * inspector hook (web/src/views/graph/inspector.ts); no private Cytoscape fields. The explorer itself exposes
 * nothing for this. The observer watches the document: the <html> element seen this early is not the final one.
 */
export const PROBE = `(() => {
  const probe = { cy: null, readyMs: null, drawnMs: null };
  window.__kiesViewProbe = probe;
  window.__KIES_INSPECTOR__ = { graphCreated: (cy) => { probe.cy = cy; } };
  new MutationObserver(() => {
    const d = document.body && document.body.dataset;
    if (!d) return;
    if (probe.drawnMs === null && d.figureDrawn === 'kies') probe.drawnMs = Math.round(performance.now());
    if (probe.readyMs === null && d.graphReady === 'kies') probe.readyMs = Math.round(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graph-ready', 'data-figure-drawn'] });
})();`;

interface ViewFacts {
  readyMs: number;
  /** The start figure painted before the app mounted; null when the page drew it only through the app. */
  drawnMs: number | null;
  labels: number;
  nodes: number;
  zoom: number;
}

/** In the page: the instance the probe found. */
const CY = `window.__kiesViewProbe.cy`;
/** In the page: how many figure names are drawn (label set, not under min-zoomed-font-size) and at what zoom. */
const FACTS = `(() => { const cy = ${CY}; const names = cy.nodes('[!decor]');
  const drawn = names.filter((n) => n.style('label') !== '' && parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')));
  return { readyMs: window.__kiesViewProbe.readyMs, drawnMs: window.__kiesViewProbe.drawnMs, labels: drawn.length, nodes: names.length, zoom: cy.zoom() }; })()`;
/** In the page: what the floor must draw, as drawn. */
export const CAPTURE = `(() => { const cy = ${CY}; return { elements: cy.elements().map((e) => e.json()), width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() }; })()`;

/** Counts animation frames while the mouse drag-pans from `from` (a pannable spot of the canvas); fps and the pan moved. */
async function dragPanFps(
  page: Page,
  from: { x: number; y: number },
  pan: string,
): Promise<{ fps: number; moved: number }> {
  const before = (await page.evaluate(pan)) as { x: number; y: number };
  // Scripts as text: tsx names inner functions with a helper (__name) that the page does not have.
  await page.evaluate(`(() => { const f = { n: 0, on: true, t0: performance.now() }; window.__frames = f;
    const tick = () => { if (!f.on) return; f.n++; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`);
  // Bounded in time: on a software renderer under load an input event can wait for a long frame.
  const deadline = Date.now() + 6000;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 40 && Date.now() < deadline; i++)
    await page.mouse.move(from.x + i * 10, from.y + i * 5, { steps: 2 });
  await page.mouse.up();
  const fps = (await page.evaluate(
    `(() => { const f = window.__frames; f.on = false; return (f.n * 1000) / (performance.now() - f.t0); })()`,
  )) as number;
  const after = (await page.evaluate(pan)) as { x: number; y: number };
  return { fps, moved: Math.hypot(after.x - before.x, after.y - before.y) };
}

export interface KiesViewOptions {
  browser: Browser;
  /** The explorer on the seeded KIES graph. */
  appUrl: string;
  /** The bench pages (kies-floor.html) and their /captured/ store. */
  pagesUrl: string;
  captured: Map<string, unknown>;
  runs: number;
  log: (line: string) => void;
}

export async function kiesViewRows({
  browser,
  appUrl,
  pagesUrl,
  captured,
  runs,
  log,
}: KiesViewOptions): Promise<ResultRow[]> {
  const median = (values: number[]) => percentile(values, 50);
  const visit = async <T>(url: string, init: string | null, work: (page: Page) => Promise<T>): Promise<T> => {
    // A fresh context per visit: empty cache and storage, like a first visit.
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      if (init) await context.addInitScript({ content: init });
      const page = await context.newPage();
      await page.goto(url);
      return await work(page);
    } finally {
      await context.close();
    }
  };

  log('explorer: KIES start view with its names drawn (1440x900), alternating with the floor page');
  const explorerVisit = (pan: boolean) =>
    visit(`${appUrl}/`, PROBE, async (page) => {
      await page.waitForSelector('body[data-graph-ready="kies"]', { state: 'attached', timeout: 60_000 });
      const facts = (await page.evaluate(FACTS)) as ViewFacts;
      if (!captured.has('kies-view')) captured.set('kies-view', await page.evaluate(CAPTURE));
      if (pan) {
        const box = (await page.getByTestId('cy').boundingBox())!;
        await page.waitForTimeout(300);
        pans.push(await dragPanFps(page, { x: box.x + 12, y: box.y + 12 }, `${CY}.pan()`));
      }
      return facts;
    });
  const floorVisit = () =>
    visit(`${pagesUrl}/kies-floor.html?captured=kies-view`, null, async (page) => {
      await page.waitForFunction(
        () => document.body.dataset.rendered || (window as unknown as { __bench?: { error?: string } }).__bench?.error,
        null,
        { timeout: 90_000 },
      );
      const state = (await page.evaluate(
        () => (window as unknown as { __bench: Record<string, number | string> }).__bench,
      )) as Record<string, number | string>;
      if (state.error) throw new Error(`kies-floor: ${state.error}`);
      await page.waitForTimeout(300);
      floorPans.push(await dragPanFps(page, { x: 12, y: 12 }, `window.__floorCy.pan()`));
      return { ms: Number(state.sinceNavigationMs), labels: Number(state.labels) };
    });
  const views: ViewFacts[] = [];
  const pans: { fps: number; moved: number }[] = [];
  const floors: { ms: number; labels: number }[] = [];
  const floorPans: { fps: number; moved: number }[] = [];
  // The first visit warms the server's caches and the disk cache of the bundle files, and captures what the floor
  // draws; then explorer and floor take turns, so both see the same machine (load changes between blocks of runs).
  await explorerVisit(false);
  for (let i = 0; i < runs; i++) {
    views.push(await explorerVisit(true));
    floors.push(await floorVisit());
  }
  // The first view is the start figure painted before the app mounted (Cytoscape's own pan, zoom and select, routes
  // on hover), as interactive as the floor's page; the row after it times the whole explorer (panels, details).
  const value = median(views.map((v) => v.drawnMs ?? v.readyMs));
  const wired = median(views.map((v) => v.readyMs));
  const early = views.every((v) => v.drawnMs !== null);
  const floor = median(floors.map((f) => f.ms));
  const r = ratio(value, floor);
  const labels = Math.min(...views.map((v) => v.labels));
  const all = views[0]!.nodes;
  const rows: ResultRow[] = [
    {
      suite: 'explorer',
      case: 'page load → first interactive KIES view, names drawn',
      size: 'kies',
      value,
      unit: 'ms',
      floor,
      floorLabel: 'bare Cytoscape page fetching and drawing the same labelled elements, same stylesheet, zoom and pan',
      ratio: r,
      // One target with two parts: say which part holds, so "MISSED" is not read as "slower than 1 s".
      target: `≤ 1 s after page load (${value <= 1000 ? 'holds' : 'fails'}) and ≤ 1.5x bare Cytoscape (${r <= 1.5 ? 'holds' : 'fails'})`,
      met: value <= 1000 && r <= 1.5 && labels === all,
      note: `median of ${runs}; 1440x900; ${early ? 'drawn before the app mounted (pan, zoom, select, hover routes)' : 'drawn by the app'}; ${labels} of ${all} names drawn at zoom ${views[0]!.zoom.toFixed(2)} (floor: ${Math.min(...floors.map((f) => f.labels))})`,
    },
    {
      suite: 'explorer',
      case: 'page load → explorer wired (toolbar, panels, details), names drawn',
      size: 'kies',
      value: wired,
      unit: 'ms',
      floor,
      floorLabel: 'the bare Cytoscape page of the row above',
      ratio: ratio(wired, floor),
      // No target of its own (issue 13's are on the first view): it shows what the app costs after the picture.
      note: `median of ${runs}; the app has taken over the start figure's instance (body[data-graph-ready]); no target of its own`,
    },
  ];
  const fps = median(pans.map((p) => p.fps));
  const floorFps = median(floorPans.map((p) => p.fps));
  const moved = Math.min(...pans.map((p) => p.moved), ...floorPans.map((p) => p.moved));
  rows.push({
    suite: 'explorer',
    case: 'drag-pan fps, labelled KIES view (canvas)',
    size: 'kies',
    value: fps,
    unit: 'fps',
    floor: floorFps,
    floorLabel: 'the same drag on the bare Cytoscape page of the row above',
    ratio: ratio(floorFps, fps),
    target: '≥ 30 fps',
    met: fps >= 30 && moved > 100,
    note: `median of ${runs}; 40 mouse moves from the canvas corner; the view moved ≥ ${Math.round(moved)} px${moved > 100 ? '' : ' (NOT PANNED: figure invalid)'}`,
  });
  return rows;
}
