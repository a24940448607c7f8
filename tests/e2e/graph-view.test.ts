// The graph view in Chromium (issue 19): layouts, zoom, mission filter and legend, SVG and CSV exports, expansions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { labelsWhere } from '@kies/schema';
import { collectProblems, expectNoProblems, useAppAndBrowser, SCREENSHOTS, shot, waitForGraph } from './browser.js';

const env = useAppAndBrowser();

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Facts {
  zoom: number;
  width: number;
  height: number;
  nodes: {
    id: string;
    kind: string;
    shape: string;
    color: string;
    position: { x: number; y: number };
    rendered: Box;
    model: Box;
  }[];
  titles: { id: string; label: string; box: Box }[];
}

async function open(
  path: string,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${env.app.url}${path}`);
  return { context, page, problems };
}

/** What the canvas shows: zoom, and each drawn node's kind, shape and boxes (GraphController's read-only hook). */
const facts = (page: Page): Promise<Facts> =>
  page.evaluate(() => (window as unknown as { __kiesGraph: () => Facts }).__kiesGraph());

async function gqlData<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${env.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Share of the nodes present in both pictures that moved by more than 5 graph units. */
function movedShare(a: Facts, b: Facts): number {
  const before = new Map(a.nodes.map((n) => [n.id, n.position]));
  const both = b.nodes.filter((n) => before.has(n.id));
  const moved = both.filter(
    (n) => Math.hypot(n.position.x - before.get(n.id)!.x, n.position.y - before.get(n.id)!.y) > 5,
  );
  return both.length ? moved.length / both.length : 0;
}

/** Fitted: every node inside the canvas, and the drawing spans most of its width or height. */
function fitted(f: Facts): boolean {
  return fitReport(f) === 'fitted';
}

/** 'fitted', or where the drawing lies against the canvas (the failure message says why). */
function fitReport(f: Facts): string {
  if (f.nodes.length === 0) return 'no nodes';
  const x1 = Math.min(...f.nodes.map((n) => n.rendered.x1));
  const y1 = Math.min(...f.nodes.map((n) => n.rendered.y1));
  const x2 = Math.max(...f.nodes.map((n) => n.rendered.x2));
  const y2 = Math.max(...f.nodes.map((n) => n.rendered.y2));
  const inside = x1 >= -2 && y1 >= -2 && x2 <= f.width + 2 && y2 <= f.height + 2;
  const ok = inside && (x2 - x1 >= 0.7 * f.width || y2 - y1 >= 0.7 * f.height);
  return ok
    ? 'fitted'
    : `drawing ${[x1, y1, x2, y2].map(Math.round).join(',')} in canvas ${f.width}x${f.height} at zoom ${f.zoom.toFixed(3)}`;
}

async function switchLayout(page: Page, layout: string, before: Facts): Promise<Facts> {
  await page.selectOption('[data-testid="layout-select"]', layout);
  // The new picture: most nodes moved, the worker finished (no progress bar), and the view was fitted to it.
  await expect.poll(async () => movedShare(before, await facts(page)), { timeout: 30_000 }).toBeGreaterThan(0.5);
  await page.waitForSelector('.progress', { state: 'detached', timeout: 30_000 });
  await expect.poll(async () => fitReport(await facts(page)), { timeout: 5_000 }).toBe('fitted');
  expect(await page.locator('[data-testid="layout-error"]').count()).toBe(0);
  await page.waitForTimeout(200);
  return facts(page);
}

/** The count the legend shows next to a kind, as a person reads it ("PPP 23"). */
async function legendCount(page: Page, kind: string): Promise<number> {
  const texts = await page.locator('.legend-items li').allInnerTexts();
  const row = texts.map((t) => new RegExp(`^${kind}\\s+(\\d+)$`).exec(t.trim())).find(Boolean);
  return row ? Number(row[1]) : NaN;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Corners per Cytoscape shape (round shapes draw one arc per corner; ellipses are drawn as many short lines). */
const CORNERS: Record<string, number> = {
  triangle: 3,
  'round-triangle': 3,
  diamond: 4,
  rectangle: 4,
  'round-rectangle': 4,
  rhomboid: 4,
  vee: 4,
  tag: 5,
  'round-tag': 5,
  pentagon: 5,
  'round-pentagon': 5,
  hexagon: 6,
  'round-hexagon': 6,
  octagon: 8,
  'round-octagon': 8,
  star: 10,
};

/** The outline of one SVG path: how many arcs and how many straight corners (distinct points) it has. */
function outline(d: string): { arcs: number; points: number } {
  const arcs = (d.match(/A/g) ?? []).length;
  const points = new Set<string>();
  for (const m of d.matchAll(/[ML]\s*(-?[\d.e-]+)\s+(-?[\d.e-]+)/g))
    points.add(`${Math.round(Number(m[1]))},${Math.round(Number(m[2]))}`);
  return { arcs, points: points.size };
}

function shapeMatches(shape: string, d: string): boolean {
  const o = outline(d);
  if (shape === 'ellipse') return o.arcs === 0 && o.points >= 16;
  if (shape.startsWith('round-')) return o.arcs === CORNERS[shape];
  return o.arcs === 0 && o.points === CORNERS[shape];
}

describe('graph view', () => {
  it('Force and Hierarchical layouts move the nodes, fit the view and report no worker error', async () => {
    const { context, page, problems } = await open('/?view=network&layout=concentric');
    await waitForGraph(page, 'network');
    const concentric = await facts(page);
    expect(fitted(concentric)).toBe(true);
    const force = await switchLayout(page, 'fcose', concentric);
    await shot(page, '20-layout-force');
    const hierarchical = await switchLayout(page, 'dagre', force);
    await shot(page, '21-layout-hierarchical');
    // Hierarchical is left to right in ranks (long ranks wrapped into blocks): far fewer distinct x than nodes,
    // and fitted at a zoom where shapes are still visible, not one endless column of dots.
    expect(new Set(hierarchical.nodes.map((n) => Math.round(n.position.x))).size).toBeLessThan(
      hierarchical.nodes.length / 4,
    );
    expect(hierarchical.zoom).toBeGreaterThan(0.15);
    // Back to Force after Hierarchical: a new picture, not a blank canvas.
    const again = await switchLayout(page, 'fcose', hierarchical);
    expect(again.nodes.length).toBe(force.nodes.length);
    await shot(page, '22-layout-force-again');
    expectNoProblems(problems);
    await context.close();
  }, 150_000);

  it('zooms like a map: six wheel notches at least double the zoom; buttons and keys zoom and fit, labelled in both languages', async () => {
    const { context, page, problems } = await open('/');
    await waitForGraph(page);
    const start = (await facts(page)).zoom;
    const box = (await page.getByTestId('cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(50);
    }
    await expect.poll(async () => (await facts(page)).zoom / start).toBeGreaterThan(2);
    await shot(page, '23-zoomed-by-wheel');

    await page.getByRole('button', { name: 'Fit to view (0)' }).click();
    await expect.poll(async () => Math.abs((await facts(page)).zoom / start - 1)).toBeLessThan(0.02);
    await page.getByRole('button', { name: 'Zoom in (+)' }).click();
    await expect.poll(async () => (await facts(page)).zoom / start).toBeGreaterThan(1.3);
    await page.getByRole('button', { name: 'Zoom out (−)' }).click();
    await page.getByRole('button', { name: 'Zoom out (−)' }).click();
    await expect.poll(async () => (await facts(page)).zoom / start).toBeLessThan(0.8);

    // Keys, from the page (not from a text field): + zooms in, - out, 0 fits.
    await page.locator('h1').click();
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await facts(page)).zoom / start - 1)).toBeLessThan(0.02);
    await page.keyboard.press('+');
    await expect.poll(async () => (await facts(page)).zoom / start).toBeGreaterThan(1.3);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await facts(page)).zoom / start).toBeLessThan(0.8);

    await page.click('[data-testid="lang-switch"]');
    for (const name of ['Inzoomen (+)', 'Uitzoomen (−)', 'Alles in beeld (0)'])
      expect(await page.getByRole('button', { name }).count()).toBe(1);
    await shot(page, '24-zoom-buttons-dutch');
    expectNoProblems(problems);
    await context.close();
  });

  it('the mission filter shows what addresses the mission, says so, and the legend counts follow it', async () => {
    const data = await gqlData<{
      node: { relationships: { type: string; end: string; startNode: { id: string; labels: string[] } }[] };
    }>(`{ node(id: "mission-iv") { relationships(first: 200) { type end startNode { id labels } } } }`);
    const addressing = new Set(
      data.node.relationships
        .filter((r) => r.type === 'ADDRESSES' && r.end === 'mission-iv')
        .map((r) => r.startNode.id),
    );
    const ppps = data.node.relationships.filter(
      (r) => r.type === 'ADDRESSES' && r.end === 'mission-iv' && r.startNode.labels.includes('PPP'),
    );
    const expectedPpps = new Set(ppps.map((r) => r.startNode.id)).size;
    expect(expectedPpps).toBeGreaterThan(5);

    const { context, page, problems } = await open('/?view=network&layout=concentric');
    await waitForGraph(page, 'network');
    const allPpps = await legendCount(page, 'PPP');
    await page.selectOption('[data-testid="mission-filter"]', 'mission-iv');
    await expect.poll(() => legendCount(page, 'PPP')).toBe(expectedPpps);
    expect(allPpps).toBeGreaterThan(expectedPpps);
    expect(await page.getByTestId('filter-note').innerText()).toContain(
      `${addressing.size} nodes that address it directly`,
    );
    // The canvas draws the mission and exactly what addresses it, fitted to the view.
    const drawn = (await facts(page)).nodes.map((n) => n.id).sort();
    expect(drawn).toEqual([...addressing, 'mission-iv'].sort());
    await expect.poll(async () => fitReport(await facts(page))).toBe('fitted');
    // The legend sums to what is drawn.
    const counts = (await page.locator('.legend-items li').allInnerTexts()).map((text) =>
      Number(/(\d+)\s*$/.exec(text)?.[1]),
    );
    expect(counts.reduce((s, c) => s + c, 0)).toBe(drawn.length);
    await page.waitForTimeout(200);
    await shot(page, '25-mission-iv-filter');
    expectNoProblems(problems);
    await context.close();
  });

  it('the SVG export is well-formed XML with one shape per node, shaped and coloured as on screen', async () => {
    const { context, page, problems } = await open('/');
    await waitForGraph(page);
    const drawn = await facts(page);
    const svg = await download(page, 'SVG');
    const paths: { fill: string; d: string }[] = [];
    const texts: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      const attr = (name: string) => (tag.attributes[name] as { value: string } | undefined)?.value ?? '';
      if (tag.local === 'path' && attr('fill') && attr('fill') !== 'none')
        paths.push({ fill: attr('fill').replace(/\s/g, ''), d: attr('d') });
      if (tag.local === 'text') texts.push(attr('fill').replace(/\s/g, ''));
    });
    parser.write(svg).close(); // throws on anything that is not well-formed XML
    const kinds = new Set(drawn.nodes.map((n) => n.kind));
    expect(kinds.size).toBeGreaterThan(10);
    for (const kind of kinds) {
      const onScreen = drawn.nodes.filter((n) => n.kind === kind);
      const colour = onScreen[0]!.color.replace(/\s/g, '');
      const shapes = paths.filter((p) => p.fill === colour);
      expect({ kind, shapes: shapes.length }).toEqual({ kind, shapes: onScreen.length });
      const shape = onScreen[0]!.shape;
      expect({ kind, shape, wrong: shapes.filter((p) => !shapeMatches(shape, p.d)).length }).toEqual({
        kind,
        shape,
        wrong: 0,
      });
      // No label took a node's colour (the garbled export filled texts instead of shapes).
      expect(texts.filter((fill) => fill === colour)).toEqual([]);
    }
    // Look at the exported file itself, as the person who downloaded it would.
    const file = join(SCREENSHOTS, '27-svg-export.svg');
    writeFileSync(file, svg);
    const viewer = await context.newPage();
    await viewer.goto(pathToFileURL(file).href);
    await shot(viewer, '27-svg-export');
    expectNoProblems(problems);
    await context.close();
  });

  it('the CSV export of a selection fills description and sources for every node that has them', async () => {
    const { context, page, problems } = await open('/?view=matrix');
    await page.locator('.cell[data-mission="mission-iv"][data-dimension="PPP"]').click();
    await waitForGraph(page, 'kies');
    const ids = new URL(page.url()).searchParams.get('sel')!.split(',');
    expect(ids.length).toBeGreaterThan(5);
    const text = await download(page, 'CSV (selection)');
    const rows = parseCsv(text, {
      columns: true,
      skip_empty_lines: false,
      relax_quotes: false,
      relax_column_count: false,
      trim: false,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids);
    const full = await gqlData<{
      nodes: { edges: { node: { id: string; description: string | null; provenance: { sources: string[] } } }[] };
    }>(
      `query($ids: [ID!]) { nodes(where: { ids: $ids }, first: 200) { edges { node { id description provenance { sources } } } } }`,
      { ids },
    );
    const byId = new Map(full.nodes.edges.map((e) => [e.node.id, e.node]));
    for (const row of rows) {
      const node = byId.get(row.id!)!;
      expect(row.description, row.id).toBe(node.description ?? '');
      expect(row.sources, row.id).toBe(node.provenance.sources.join(' | '));
    }
    // Most selected PPPs have both in the seed (so the checks above are not about empty cells only).
    expect(rows.filter((r) => r.description && r.sources).length).toBeGreaterThan(rows.length / 2);
    expectNoProblems(problems);
    await context.close();
  });

  it('nodes expanded in the KIES figure (teams, activities, organisations) never cover the band titles', async () => {
    const ministries = (
      await gqlData<{ nodes: { edges: { node: { id: string } }[] } }>(
        `{ nodes(labels: [Ministry], first: 50) { edges { node { id } } } }`,
      )
    ).nodes.edges.map((e) => e.node.id);
    // The bands' own members sit under their titles by design: every label the registry places in a band.
    const bandNodes: string[] = labelsWhere((spec) => spec.figure !== null && 'band' in spec.figure);
    expect(bandNodes).toEqual(expect.arrayContaining(['Region', 'Precondition', 'Policy']));
    const notInFigure = ['Organisation', 'Team', 'Activity', 'Instrument'];
    // Organisations linked to many partnerships (their neighbours fan out widely) and every ministry.
    const organisations = ['org-4tu', 'org-regieorgaan-sia', 'org-vereniging-hogescholen', 'org-rvo', 'org-umcs'];
    const { context, page, problems } = await open(`/?exp=${[...ministries, ...organisations].join(',')}`);
    await waitForGraph(page);
    await expect
      .poll(async () => (await facts(page)).nodes.filter((n) => notInFigure.includes(n.kind)).length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(10);
    await page.waitForTimeout(300);
    const f = await facts(page);
    const bandTitles = f.titles.filter((t) => t.id.startsWith('decor-band-'));
    expect(bandTitles.length).toBeGreaterThan(1);
    const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;
    const covering = f.nodes
      .filter((n) => !bandNodes.includes(n.kind))
      .flatMap((n) => bandTitles.filter((t) => overlaps(n.model, t.box)).map((t) => `${n.id} over ${t.label}`));
    await shot(page, '26-kies-expanded-ministries');
    expect(covering).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });
});
