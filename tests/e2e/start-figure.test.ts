// The start figure drawn before the app mounts (decision 024): painted first, taken over by the app as it stands.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectProblems, shot, useAppAndBrowser, waitForGraph } from './browser.js';

const env = useAppAndBrowser();

/**
 * After the graph probe (browser.ts): what the page did around the early figure. When body[data-figure-drawn] is
 * set, whether the app's toolbar existed yet; per instance the app announced, how many elements it came with, and
 * every element added, removed, renamed or moved after that.
 */
const WATCH = `(() => {
  const w = window; const seen = w.__startFigure = { drawn: null, toolbarAtDrawn: null, instances: [], changes: 0 };
  const inspector = w.__KIES_INSPECTOR__; const created = inspector.graphCreated;
  inspector.graphCreated = (cy) => {
    seen.instances.push(cy.elements().length);
    cy.on('add remove data position', () => seen.changes++);
    return created(cy);
  };
  new MutationObserver(() => {
    if (seen.drawn === null && document.body && document.body.dataset.figureDrawn) {
      seen.drawn = Math.round(performance.now());
      seen.toolbarAtDrawn = document.querySelector('.toolbar') !== null;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-figure-drawn'] });
})();`;

interface StartFacts {
  drawn: number | null;
  toolbarAtDrawn: boolean | null;
  instances: number[];
  changes: number;
}

interface Drawn {
  zoom: number;
  width: number;
  height: number;
  nodes: {
    id: string;
    label: string;
    labelShown: boolean;
    rendered: { x1: number; y1: number; x2: number; y2: number };
  }[];
}

async function open(path: string, viewport = { width: 1440, height: 900 }, before?: (page: Page) => Promise<unknown>) {
  const context = await env.browser.newContext({ viewport, locale: 'en-GB' });
  await context.addInitScript({ content: WATCH });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await before?.(page);
  await page.goto(`${env.app.url}${path}`);
  return { context, page, problems };
}

const startFacts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __startFigure: StartFacts }).__startFigure);
const drawn = (page: Page) => page.evaluate(() => (window as unknown as { __kiesGraph: () => Drawn }).__kiesGraph());

describe('the KIES start figure before the app', () => {
  it('is painted before the app mounts, and the app takes over that very instance unchanged', async () => {
    const { context, page } = await open('/');
    await waitForGraph(page);
    await page.waitForTimeout(800);
    const facts = await startFacts(page);
    // Painted while the app's shell did not exist yet; then one instance, announced with the whole figure in it.
    expect(facts.drawn).not.toBeNull();
    expect(facts.toolbarAtDrawn).toBe(false);
    expect(facts.instances).toHaveLength(1);
    expect(facts.instances[0]).toBeGreaterThan(500);
    // The app's own elements, names and positions matched: nothing added, removed, renamed or moved after the take-over.
    expect(facts.changes).toBe(0);
    // The early host now sits in the app's graph area and the canvas has that area's size.
    const fit = await page.evaluate(() => {
      const area = document.querySelector<HTMLElement>('[data-testid=cy]')!;
      const host = document.querySelector<HTMLElement>('.early-figure');
      return { inside: !!host && area.contains(host), w: area.clientWidth, h: area.clientHeight };
    });
    expect(fit.inside).toBe(true);
    const graph = await drawn(page);
    expect([graph.width, graph.height]).toEqual([fit.w, fit.h]);
    // Every name is drawn, as on the figure the app draws itself (kies-figure.test.ts checks legibility).
    expect(graph.nodes.length).toBeGreaterThan(200);
    expect(graph.nodes.filter((n) => !n.labelShown).map((n) => n.id)).toEqual([]);
    await shot(page, '70-start-figure-adopted');
    await context.close();
  });

  it('keeps a node tapped before the app mounted as the selection the app opens', async () => {
    // Where a PPP is drawn at 1440x900 (the layout is fixed): from a first, normal load.
    const first = await open('/');
    await waitForGraph(first.page);
    const target = (await drawn(first.page)).nodes.find((n) => n.id === 'ppp-aboard')!;
    expect(target.label).toBe('ABOARD');
    const box = (await first.page.getByTestId('cy').boundingBox())!;
    await first.context.close();
    // The app's React chunk held back 1.5 s: the early figure is all there is when the user taps.
    const { context, page } = await open('/', undefined, (p) =>
      p.route('**/assets/jsx-runtime-*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      }),
    );
    await page.waitForSelector('body[data-figure-drawn="kies"]', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('.toolbar').count()).toBe(0);
    // What the user sees meanwhile: the title where the toolbar will be, the figure where the graph area will be.
    expect(await page.locator('.boot-bar h1').innerText()).toBe('KIES Explorer');
    await shot(page, '71-start-figure-before-app');
    const r = target.rendered;
    await page.mouse.click(box.x + (r.x1 + r.x2) / 2, box.y + (r.y1 + r.y2) / 2);
    await waitForGraph(page);
    await expect.poll(() => page.locator('#details-name').innerText()).toBe('ABOARD');
    expect(await page.locator('.boot-bar').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('ppp-aboard');
    await context.close();
  });

  it('is refitted when the window is narrower than its placement guessed', async () => {
    // At 820 px the toolbar takes three rows of a height the stylesheet's guess does not match exactly.
    const { context, page } = await open('/', { width: 820, height: 900 });
    await waitForGraph(page);
    await page.waitForTimeout(500);
    // Drawn early, in a host 5 px taller than the graph area turned out (toolbar 106 px, guessed 111).
    expect((await startFacts(page)).drawn).not.toBeNull();
    const area = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-testid=cy]')!;
      return { w: el.clientWidth, h: el.clientHeight };
    });
    const graph = await drawn(page);
    expect([graph.width, graph.height]).toEqual([area.w, area.h]);
    // The fit is the app's: every drawn node inside the canvas.
    const outside = graph.nodes.filter(
      (n) => n.rendered.x1 < -1 || n.rendered.y1 < -1 || n.rendered.x2 > area.w + 1 || n.rendered.y2 > area.h + 1,
    );
    expect(outside.map((n) => n.id)).toEqual([]);
    await context.close();
  });

  it('is left to the app in a window too narrow for a graph area beside the legend and the panel', async () => {
    const { context, page } = await open('/', { width: 760, height: 900 });
    await waitForGraph(page);
    const facts = await startFacts(page);
    expect(facts.drawn).toBeNull();
    expect(facts.instances).toEqual([0]);
    expect(await page.locator('.early-figure').count()).toBe(0);
    await context.close();
  });

  it('is left to the app when the link asks for more than the plain figure', async () => {
    const { context, page } = await open('/?mission=mission-iv');
    await waitForGraph(page);
    const facts = await startFacts(page);
    expect(facts.drawn).toBeNull();
    expect(facts.instances).toEqual([0]);
    await context.close();
  });
});
