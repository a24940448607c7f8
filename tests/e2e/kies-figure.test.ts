// The KIES figure as a person sees it at 1440x900 (issue 13): names drawn and legible, no overlaps, edges on demand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-server.js';
import { collectProblems, expectNoProblems, launchChromium, shot, waitForGraph } from './browser.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

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

async function open(path: string, locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${app.url}${path}`);
  await waitForGraph(page);
  await page.waitForTimeout(300);
  return { context, page, problems };
}

/** What the canvas draws (GraphController's read-only hook), as the browser tests of the graph view read it. */
const facts = (page: Page): Promise<FigureFacts> => page.evaluate(() => (window as unknown as { __kiesGraph: () => FigureFacts }).__kiesGraph());

const area = (b: Box) => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);
const intersection = (a: Box, b: Box) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

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
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nodes(labels: [PPP], first: 200) { edges { node { id } } } }' }) });
  const body = (await res.json()) as { data: { nodes: { edges: unknown[] } } };
  return body.data.nodes.edges.length;
}

describe('KIES figure at 1440x900', () => {
  for (const [lang, locale] of [['English', 'en-GB'], ['Dutch', 'nl-NL']] as const) {
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
      console.log(`e2e (${lang}): ${f.nodes.length} names drawn at zoom ${f.zoom.toFixed(2)}, smallest ${Math.min(...f.nodes.map((n) => n.fontPx)).toFixed(1)} px, largest label overlap ${(maxOverlap(f.nodes) * 100).toFixed(1)}%`);
      expectNoProblems(problems);
      await context.close();
    });
  }
});
