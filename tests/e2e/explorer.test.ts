// The main journeys in Debian Chromium against the real server on each engine: KIES view, search, paths, matrix,
// language, shared URL.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp } from './app-server.js';
import { collectProblems, expectNoProblems, useAppAndBrowser, shot as saveShot, waitForGraph } from './browser.js';
import { describeEachEngine, openFreshStore } from '../engines.js';

describeEachEngine('KIES Explorer journeys', (engine) => {
  // Screenshots of the Neo4j run get their own names, so both runs can be looked at.
  const shot = (page: Page, name: string) => saveShot(page, engine === 'embedded' ? name : `${name}-neo4j`);

  const env = useAppAndBrowser(() => startApp(undefined, () => openFreshStore(engine)));

  async function open(
    path = '/',
    locale = 'en-GB',
  ): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 }, locale });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${env.app.url}${path}`);
    return { context, page, problems };
  }

  async function searchAndPick(page: Page, text: string, name: string): Promise<void> {
    await page.fill('#main-search', text);
    await page.locator('.search-results li[role="option"]', { hasText: name }).first().click();
  }

  describe('KIES Explorer in Chromium', () => {
    it('opens on the KIES figure: lanes, six mission rows, interactive quickly', async () => {
      const { context, page, problems } = await open('/');
      const started = Date.now();
      await waitForGraph(page, 'kies');
      const timing = await page.evaluate(() => ({
        ready: (window as unknown as { __kiesReady: { kies: number } }).__kiesReady.kies,
        nav: performance.getEntriesByType('navigation')[0]?.toJSON(),
      }));
      const api = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('/graphql'))
          .map((e) => Math.round(e.duration)),
      );
      const nav = timing.nav as { domContentLoadedEventEnd?: number } | undefined;
      console.log(
        `e2e: page load -> first interactive KIES view: ${timing.ready} ms since navigation start ` +
          `(DOMContentLoaded ${Math.round(nav?.domContentLoadedEventEnd ?? 0)} ms, GraphQL requests ${api.join('/')} ms; waited ${Date.now() - started} ms)`,
      );
      await page.waitForTimeout(300);
      await shot(page, '01-kies-view');
      expect(await page.getByRole('tab', { name: 'KIES figure' }).count()).toBe(1);
      const legend = await page.locator('.legend-items').innerText();
      expect(legend).toMatch(/Mission\s+6/);
      expect(legend).toMatch(/PPP/);
      // The table alternative lists the same visible graph for screen readers.
      await page.click('[data-testid="panel-table"]');
      const rows = await page.locator('.node-table tbody tr').count();
      expect(rows).toBeGreaterThan(100);
      // The English interface names the missions in English (nameEn), as the sources give them.
      expect(await page.locator('.node-table').innerText()).toContain('Better perspectives for people with dementia');
      expectNoProblems(problems);
      await context.close();
    });

    it('search "ABOARD": selected, details show its link to mission IV with provenance and source text', async () => {
      const { context, page, problems } = await open('/');
      await waitForGraph(page);
      await searchAndPick(page, 'ABOARD', 'ABOARD');
      await page.waitForSelector('#details-name');
      expect(await page.locator('#details-name').innerText()).toBe('ABOARD');
      const relations = page.locator('.rel-group', { hasText: 'ADDRESSES' });
      await expect.poll(() => relations.innerText()).toContain('Better perspectives for people with dementia');
      expect(page.url()).toContain('sel=ppp-aboard');
      // Read the surrounding source text of the first citation.
      await relations.getByRole('button', { name: 'Read the source text' }).first().click();
      await page.waitForSelector('.source-text .cited');
      expect((await page.locator('.source-text').first().innerText()).length).toBeGreaterThan(20);
      await shot(page, '02-search-aboard');
      expectNoProblems(problems);
      await context.close();
    });

    it('traces paths from ABOARD to mission IV, and PPPs serving mission IV, with evidence per hop', async () => {
      const { context, page, problems } = await open('/?sel=ppp-aboard');
      await waitForGraph(page);
      await page.getByRole('button', { name: 'Path from here' }).click();
      await page.selectOption('[data-testid="path-to"]', 'mission-iv');
      await page.click('[data-testid="path-trace"]');
      await page.waitForSelector('[data-testid="path-list"] li');
      expect(await page.locator('[data-testid="path-list"]').innerText()).toContain(
        'Better perspectives for people with dementia',
      );
      expect(page.url()).toContain('from=ppp-aboard');
      await shot(page, '03-paths-aboard-mission-iv');

      await page.goto(`${env.app.url}/?panel=paths&from=mission-iv&to=label:PPP`);
      await waitForGraph(page);
      await page.waitForSelector('[data-testid="path-list"] li');
      const listed = await page.locator('[data-testid="path-list"] li[data-target]').count();
      expect(listed).toBeGreaterThan(3);
      expect(await page.locator('[data-testid="path-list"]').innerText()).toContain('ABOARD');
      await shot(page, '04-ppps-serving-mission-iv');
      expectNoProblems(problems);
      await context.close();
    });

    it('clicking a matrix cell selects its members in the graph', async () => {
      const { context, page, problems } = await open('/?view=matrix');
      await page.waitForSelector('[data-testid="matrix"] .cell');
      await shot(page, '05-matrix');
      const cell = page.locator('.cell[data-mission="mission-iv"][data-dimension="PPP"]');
      const count = Number(await cell.locator('text').textContent());
      expect(count).toBeGreaterThan(1);
      await cell.click();
      await waitForGraph(page, 'kies');
      // The matrix stays open beside the graph (issue 13): the URL keeps both.
      expect(page.url()).toContain('view=matrix');
      expect(await page.getByTestId('matrix').isVisible()).toBe(true);
      expect(await page.getByTestId('selection-count').innerText()).toContain(String(count));
      await page.waitForTimeout(300);
      await shot(page, '06-matrix-cell-selected');
      expectNoProblems(problems);
      await context.close();
    });

    it('switches language, names included, and remembers it after a reload', async () => {
      const { context, page, problems } = await open('/');
      await waitForGraph(page);
      expect(await page.getByTestId('tab-kies').innerText()).toBe('KIES figure');
      // Mission names as a person reads them: the legend's filter and the mission's name in its figure row.
      const filterOption = () => page.locator('[data-testid="mission-filter"] option[value="mission-iv"]').innerText();
      const drawnName = () =>
        page.evaluate(
          () =>
            (window as unknown as { __kiesGraph: () => { nodes: { id: string; label: string }[] } })
              .__kiesGraph()
              .nodes.find((n) => n.id === 'mission-iv')?.label,
        );
      expect(await filterOption()).toBe('Better perspectives for people with dementia');
      await expect.poll(drawnName).toBe('Better perspectives for people with dementia');
      await page.click('[data-testid="lang-switch"]');
      expect(await page.getByTestId('tab-kies').innerText()).toBe('KIES-figuur');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      expect(await filterOption()).toBe('Missie IV: Mensen met dementie');
      await expect.poll(drawnName).toBe('Mensen met dementie');
      // The Dutch name stays findable in English and the English one in Dutch: search matches both.
      await page.fill('#main-search', 'dementia');
      await expect
        .poll(() => page.locator('.search-results li[role="option"] .name').allInnerTexts())
        .toContain('Missie IV: Mensen met dementie');
      await page.fill('#main-search', '');
      await page.reload();
      await waitForGraph(page);
      expect(await page.getByTestId('tab-matrix').innerText()).toBe('Dekkingsmatrix');
      await shot(page, '07-dutch');
      expectNoProblems(problems);
      await context.close();
    });

    it('a shared URL reproduces the view: view, selection, filters, layout, expansion', async () => {
      const { context, page, problems } = await open('/');
      await waitForGraph(page);
      await page.click('[data-testid="tab-network"]');
      await waitForGraph(page, 'network');
      await page.selectOption('[data-testid="layout-select"]', 'concentric');
      await page.selectOption('[data-testid="mission-filter"]', 'mission-iv');
      await searchAndPick(page, 'ABOARD', 'ABOARD');
      await page.waitForSelector('#details-name');
      await page.keyboard.press('Escape'); // leaves the search box
      await page
        .locator('body')
        .click({ position: { x: 5, y: 990 } })
        .catch(() => undefined);
      await page.getByRole('button', { name: 'Expand neighbours' }).click();
      await expect.poll(() => page.url()).toContain('exp=ppp-aboard');
      const shared = page.url();
      expect(shared).toMatch(/view=network/);
      expect(shared).toMatch(/layout=concentric/);
      expect(shared).toMatch(/mission=mission-iv/);
      await shot(page, '08-network-before-share');

      const other = await env.browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' });
      const page2 = await other.newPage();
      const problems2 = collectProblems(page2);
      await page2.goto(shared);
      await waitForGraph(page2, 'network');
      expect(page2.url()).toBe(shared);
      expect(await page2.locator('#details-name').innerText()).toBe('ABOARD');
      expect(await page2.getByTestId('mission-filter').inputValue()).toBe('mission-iv');
      expect(await page2.getByTestId('layout-select').inputValue()).toBe('concentric');
      await page2.waitForTimeout(300);
      await shot(page2, '09-network-shared-url');
      expectNoProblems([...problems, ...problems2]);
      await other.close();
      await context.close();
    });

    it('the network view runs fcose in a worker with progress, and the page stays responsive', async () => {
      const { context, page, problems } = await open('/?view=network');
      await waitForGraph(page, 'network');
      // While the worker computes, the main thread still answers quickly.
      const lag = await page.evaluate(async () => {
        const t0 = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        return performance.now() - t0;
      });
      expect(lag).toBeLessThan(500);
      await page.waitForSelector('.progress', { state: 'detached', timeout: 60_000 });
      await page.waitForTimeout(300);
      await shot(page, '10-network-fcose');
      expectNoProblems(problems);
      await context.close();
    });

    it('the gaps view lists findings; "show" selects the affected nodes', async () => {
      const { context, page, problems } = await open('/?view=gaps');
      await page.waitForSelector('[data-testid="gap-list"]');
      await shot(page, '11-gaps');
      const show = page.getByRole('button', { name: /^Show in graph/ }).first();
      if (await show.count()) {
        await show.click();
        await waitForGraph(page, 'kies');
        expect(page.url()).toContain('sel=');
      }
      expectNoProblems(problems);
      await context.close();
    });

    it('GraphiQL works offline under the CSP', async () => {
      const { context, page, problems } = await open('/graphiql.html');
      await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
      await page.waitForTimeout(1000);
      await shot(page, '12-graphiql');
      expectNoProblems(problems);
      await context.close();
    });
  });
});
