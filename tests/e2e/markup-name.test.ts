// A node name with markup is shown as text everywhere (search, details, table), never run.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './app-server.js';
import { collectProblems, expectNoProblems, launchChromium, shot, waitForGraph } from './browser.js';

const EVIL = '<img src=x onerror="window.__pwned=1">ABOARD-evil';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  const provenance = {
    sources: ['004_9090d7b3c6790adc.txt#L2096'],
    quotes: ['ABOARD'],
    confidence: 'inferred',
    note: 'test node <b>bold</b>',
  };
  app = await startApp({
    nodes: [
      {
        id: 'ppp-evil',
        labels: ['PPP'],
        properties: {
          name: EVIL,
          fullName: '<script>window.__pwned=2</script>',
          description: '<b>not bold</b>',
          ...provenance,
        },
      },
    ],
    relationships: [{ type: 'ADDRESSES', start: 'ppp-evil', end: 'mission-iv', properties: provenance }],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('shows a name containing markup as text, never as HTML', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(app.url);
  await waitForGraph(page);
  await page.fill('#main-search', 'ABOARD-evil');
  const option = page.locator('.search-results li[role="option"]').first();
  expect(await option.locator('.name').innerText()).toBe(EVIL);
  await option.click();
  await page.waitForSelector('#details-name');
  expect(await page.locator('#details-name').innerText()).toBe(EVIL);
  expect(await page.locator('.full-name').innerText()).toBe('<script>window.__pwned=2</script>');
  await page.click('[data-testid="panel-table"]');
  expect(await page.locator('.node-table').innerText()).toContain(EVIL);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('.details b, .details script').count()).toBe(0);
  await shot(page, '13-markup-name-as-text');
  expectNoProblems(problems);
  await context.close();
});
