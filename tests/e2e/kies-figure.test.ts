// The KIES figure as a person sees it at 1440x900 (issue 13): names drawn and legible, no overlaps, edges on demand.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems, expectNoProblems, useAppAndBrowser, shot, waitForGraph } from './browser.js';

const env = useAppAndBrowser();

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}
export interface FigureNode {
  id: string;
  kind: string;
  label: string;
  labelShown: boolean;
  fontPx: number;
  selected: boolean;
  highlighted: boolean;
  rendered: Box;
  labelBox: Box;
}
export interface FigureFacts {
  zoom: number;
  width: number;
  height: number;
  nodes: FigureNode[];
  edgesShown: number;
  decor: { id: string; active: boolean; rendered: Box }[];
}

async function open(
  path: string,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${env.app.url}${path}`);
  await waitForGraph(page);
  await page.waitForTimeout(300);
  return { context, page, problems };
}

/** What the canvas draws (GraphController's read-only hook), as the browser tests of the graph view read it. */
const facts = (page: Page): Promise<FigureFacts> =>
  page.evaluate(() => (window as unknown as { __kiesGraph: () => FigureFacts }).__kiesGraph());

const area = (b: Box) => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);
const intersection = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** Pairs of drawn names whose boxes overlap by 5% or more of the smaller one, with the share. */
function overlapping(nodes: FigureNode[]): string[] {
  const out: string[] = [];
  const sorted = [...nodes].sort((a, b) => a.labelBox.x1 - b.labelBox.x1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.labelBox.x1 < sorted[i]!.labelBox.x2; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      const share = intersection(a.labelBox, b.labelBox) / Math.min(area(a.labelBox), area(b.labelBox));
      if (share >= 0.05) out.push(`${a.id} "${a.label}" x ${b.id} "${b.label}": ${(share * 100).toFixed(0)}%`);
    }
  }
  return out;
}

/** Largest overlap share between any two drawn names (for the log). */
function maxOverlap(nodes: FigureNode[]): number {
  let max = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!.labelBox;
      const b = nodes[j]!.labelBox;
      max = Math.max(max, intersection(a, b) / Math.min(area(a), area(b)));
    }
  return max;
}

const inside = (b: Box, f: FigureFacts) => b.x1 >= -1 && b.y1 >= -1 && b.x2 <= f.width + 1 && b.y2 <= f.height + 1;

async function pppCount(): Promise<number> {
  const res = await fetch(`${env.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ nodes(labels: [PPP], first: 200) { edges { node { id } } } }' }),
  });
  const body = (await res.json()) as { data: { nodes: { edges: unknown[] } } };
  return body.data.nodes.edges.length;
}

describe('KIES figure at 1440x900', () => {
  for (const [lang, locale] of [
    ['English', 'en-GB'],
    ['Dutch', 'nl-NL'],
  ] as const) {
    it(`draws every name at the default zoom, legible, inside the view, not overlapping, without edges (${lang})`, async () => {
      const { context, page, problems } = await open('/', locale);
      const f = await facts(page);
      await shot(page, `40-kies-figure-${lang === 'English' ? 'en' : 'nl'}`);
      const ppps = f.nodes.filter((n) => n.kind === 'PPP');
      expect(ppps.length).toBe(await pppCount());
      const hidden = f.nodes.filter((n) => !n.labelShown || n.label.trim() === '').map((n) => n.id);
      expect(hidden).toEqual([]);
      // Legible: at least 8 px on screen (the stylesheet's 12 px figure font at the fitted zoom).
      expect(f.nodes.filter((n) => n.fontPx < 8).map((n) => `${n.id} ${n.fontPx.toFixed(1)}px`)).toEqual([]);
      expect(f.nodes.filter((n) => !inside(n.labelBox, f)).map((n) => n.id)).toEqual([]);
      expect(overlapping(f.nodes)).toEqual([]);
      // Relations are not drawn until a node is hovered or selected.
      expect(f.edgesShown).toBe(0);
      // "Which PPPs serve mission IV": ABOARD's name stands in mission IV's row.
      const row = f.decor.find((d) => d.id === 'decor-mission-iv')!.rendered;
      const aboard = f.nodes.find((n) => n.id === 'ppp-aboard')!;
      expect(aboard.label).toBe('ABOARD');
      expect((aboard.labelBox.y1 + aboard.labelBox.y2) / 2).toBeGreaterThan(row.y1);
      expect((aboard.labelBox.y1 + aboard.labelBox.y2) / 2).toBeLessThan(row.y2);
      console.log(
        `e2e (${lang}): ${f.nodes.length} names drawn at zoom ${f.zoom.toFixed(2)}, smallest ${Math.min(...f.nodes.map((n) => n.fontPx)).toFixed(1)} px, largest label overlap ${(maxOverlap(f.nodes) * 100).toFixed(1)}%`,
      );
      expectNoProblems(problems);
      await context.close();
    });
  }
});

/** Page coordinates of a node's marker centre (rendered boxes are relative to the canvas). */
async function markerAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const canvas = (await page.getByTestId('cy').boundingBox())!;
  const n = (await facts(page)).nodes.find((x) => x.id === id)!;
  return { x: canvas.x + (n.rendered.x1 + n.rendered.x2) / 2, y: canvas.y + (n.rendered.y1 + n.rendered.y2) / 2 };
}

describe('KIES figure interaction', () => {
  it('hovering a name draws its relations and names it in full; selecting draws its route to the missions', async () => {
    const { context, page, problems } = await open('/');
    const at = await markerAt(page, 'ppp-aboard');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await facts(page)).edgesShown).toBeGreaterThan(0);
    // Its route to the missions includes the link to its own row's mission (IV), otherwise implied by position.
    expect(
      await page.evaluate(
        () => (window as unknown as { __kiesGraph: () => { hovered: string[] } }).__kiesGraph().hovered,
      ),
    ).toContain('ADDRESSES:ppp-aboard->mission-iv');
    expect(await page.locator('.cy').getAttribute('title')).toContain('ABOARD — A Personalized Medicine Approach');
    await shot(page, '41-kies-hover-aboard');
    // Off the name, onto empty canvas: the relations go again.
    const canvas = (await page.getByTestId('cy').boundingBox())!;
    await page.mouse.move(canvas.x + 12, canvas.y + 12, { steps: 5 });
    await expect.poll(async () => (await facts(page)).edgesShown).toBe(0);
    // Selecting the dementia strategy (NDS) lights up the PPPs it supports and, through them, the missions they serve.
    await page.goto(`${env.app.url}/?sel=care-nds`);
    await waitForGraph(page);
    await page.waitForTimeout(300);
    const f = await facts(page);
    const lit = f.nodes.filter((n) => n.highlighted).map((n) => n.kind);
    expect(f.edgesShown).toBeGreaterThan(0);
    expect(lit).toContain('PPP');
    expect(lit).toContain('Mission');
    await shot(page, '42-kies-selected-nds-route');
    expectNoProblems(problems);
    await context.close();
  });

  it('labels follow the zoom: two lines of more text zoomed in, none when the figure is tiny; arrow keys pan', async () => {
    const { context, page, problems } = await open('/');
    const start = await facts(page);
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(200);
    }
    await expect.poll(async () => (await facts(page)).zoom).toBeGreaterThan(1.6);
    await page.waitForTimeout(300);
    const zoomed = await facts(page);
    const aboard = zoomed.nodes.find((n) => n.id === 'ppp-aboard')!;
    expect(aboard.label).toMatch(/^ABOARD\nA Personalized Medicine/);
    expect(aboard.label.split('\n')).toHaveLength(2);
    expect(zoomed.nodes.filter((n) => n.labelShown && n.fontPx < 8)).toEqual([]);
    await shot(page, '43-kies-zoomed-in-long-names');
    // Arrow keys move the view (a pan, same zoom).
    const before = (await markerAt(page, 'ppp-aboard')).x;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => before - (await markerAt(page, 'ppp-aboard')).x).toBeGreaterThan(50);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(200);
    }
    await expect.poll(async () => (await facts(page)).zoom).toBeLessThan(start.zoom / 2);
    await page.waitForTimeout(300);
    const tiny = await facts(page);
    expect(tiny.nodes.filter((n) => n.labelShown).map((n) => n.id)).toEqual([]);
    await shot(page, '44-kies-tiny-no-names');
    expectNoProblems(problems);
    await context.close();
  });

  it('the mission filter highlights its row (Dutch)', async () => {
    const { context, page, problems } = await open('/', 'nl-NL');
    await page.selectOption('[data-testid="mission-filter"]', 'mission-iv');
    await expect
      .poll(async () => (await facts(page)).decor.filter((d) => d.active).map((d) => d.id))
      .toEqual(['decor-mission-iv']);
    await page.waitForTimeout(300);
    const f = await facts(page);
    expect(f.nodes.find((n) => n.id === 'ppp-aboard')!.labelShown).toBe(true);
    await shot(page, '45-kies-mission-iv-row-nl');
    expectNoProblems(problems);
    await context.close();
  });
});

describe('side by side and orientation', () => {
  it('the matrix opens beside the graph; a cell selects and centres its members there, the URL keeps both', async () => {
    const { context, page, problems } = await open('/?view=matrix');
    await page.waitForSelector('[data-testid="matrix"] .cell');
    const graph = (await page.getByTestId('cy').boundingBox())!;
    const matrix = (await page.getByTestId('matrix').boundingBox())!;
    expect(graph.width).toBeGreaterThan(350);
    expect(matrix.width).toBeGreaterThan(350);
    expect(graph.x + graph.width).toBeLessThanOrEqual(matrix.x + 1);
    const cell = page.locator('.cell[data-mission="mission-iv"][data-dimension="PPP"]');
    const count = Number(await cell.locator('text').textContent());
    await cell.click();
    await expect.poll(async () => (await facts(page)).nodes.filter((n) => n.selected).length).toBe(count);
    await page.waitForTimeout(400);
    const f = await facts(page);
    const selected = f.nodes.filter((n) => n.selected);
    expect(selected.filter((n) => !inside(n.rendered, f)).map((n) => n.id)).toEqual([]);
    expect(selected.filter((n) => !n.labelShown)).toEqual([]);
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('matrix');
    expect(url.searchParams.get('sel')!.split(',')).toHaveLength(count);
    expect(await page.getByTestId('matrix').isVisible()).toBe(true);
    await shot(page, '46-matrix-beside-graph');
    // The shared link opens the same split with the same selection.
    await page.goto(url.href);
    await waitForGraph(page);
    await page.waitForSelector('[data-testid="matrix"] .cell');
    await expect.poll(async () => (await facts(page)).nodes.filter((n) => n.selected).length).toBe(count);
    expectNoProblems(problems);
    await context.close();
  });

  it('gaps open beside the graph (Dutch); "show" selects the affected nodes without leaving', async () => {
    const { context, page, problems } = await open('/?view=gaps', 'nl-NL');
    await page.waitForSelector('.gap');
    await page.locator('.gap button', { hasText: /toon/i }).first().click();
    await expect.poll(async () => (await facts(page)).nodes.filter((n) => n.selected).length).toBeGreaterThan(0);
    // Centred in the graph: the selected node stands in the middle part of the canvas.
    const middle = (f: FigureFacts) =>
      f.nodes
        .filter((n) => n.selected)
        .every((n) => {
          const x = (n.rendered.x1 + n.rendered.x2) / 2;
          const y = (n.rendered.y1 + n.rendered.y2) / 2;
          return x > f.width * 0.15 && x < f.width * 0.85 && y > f.height * 0.15 && y < f.height * 0.85;
        });
    await expect.poll(async () => middle(await facts(page))).toBe(true);
    expect(new URL(page.url()).searchParams.get('view')).toBe('gaps');
    expect(await page.locator('.gap').first().isVisible()).toBe(true);
    await page.waitForTimeout(300);
    await shot(page, '47-gaps-beside-graph-nl');
    expectNoProblems(problems);
    await context.close();
  });

  it('legend shows each kind in its shape and colour; navigator frames the view; size by degree grows hubs', async () => {
    const { context, page, problems } = await open('/');
    const f = await facts(page);
    const icons = await page.locator('.legend-items svg.swatch').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-kind')!,
        shape: e.getAttribute('data-shape')!,
        color: e.getAttribute('data-color')!,
      })),
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    // Every kind on the canvas has its icon, in the shape and colour the canvas draws it.
    const kinds = [...new Set(f.nodes.map((n) => n.kind))];
    expect(kinds.length).toBeGreaterThan(10);
    for (const kind of kinds) {
      const drawn = await page.evaluate(
        (k) =>
          (window as unknown as { __kiesGraph: () => { nodes: { kind: string; shape: string; color: string }[] } })
            .__kiesGraph()
            .nodes.find((n) => n.kind === k)!,
        kind,
      );
      const icon = icons.find((i) => i.kind === kind);
      expect({ kind, shape: icon?.shape, color: icon && rgb(icon.color) }).toEqual({
        kind,
        shape: drawn.shape,
        color: drawn.color.replace(/\s/g, ''),
      });
    }
    // The navigator's frame covers most of it at the start and shrinks when zooming in.
    const frame0 = (await page.getByTestId('minimap-frame').boundingBox())!;
    await page.locator('h1').click();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect
      .poll(async () => (await page.getByTestId('minimap-frame').boundingBox())!.width)
      .toBeLessThan(frame0.width * 0.7);
    await page.keyboard.press('0');
    await page.selectOption('[data-testid="size-by"]', 'degree');
    await expect
      .poll(async () => {
        const sizes = (await facts(page)).nodes
          .filter((n) => n.kind === 'PPP')
          .map((n) => n.rendered.x2 - n.rendered.x1);
        return Math.max(...sizes) / Math.min(...sizes);
      })
      .toBeGreaterThan(1.5);
    await page.waitForTimeout(300);
    expect(overlapping((await facts(page)).nodes)).toEqual([]);
    await page.selectOption('[data-testid="colour-by"]', 'missions');
    expect(await page.getByTestId('colour-key').innerText()).toContain('6 missions');
    await page.waitForTimeout(300);
    await shot(page, '48-size-degree-colour-missions');
    expect(f.nodes.length).toBeGreaterThan(150);
    expectNoProblems(problems);
    await context.close();
  });
});
