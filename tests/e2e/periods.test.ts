// Typed periods in Chromium at 1440x900 on each engine (issue 12): the details panel shows a node's period in English
// and Dutch with the source's words as its title, and a PPP dossier shows it in its header. Screenshot 63-period-*.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp } from './app-server.js';
import { collectProblems, expectNoProblems, useAppAndBrowser, shot as saveShot, waitForGraph } from './browser.js';
import { describeEachEngine, openFreshStore } from '../engines.js';

describeEachEngine('periods in the explorer (issue 12)', (engine) => {
  const shot = (page: Page, name: string) => saveShot(page, engine === 'embedded' ? name : `${name}-neo4j`);
  const env = useAppAndBrowser(() => startApp(undefined, () => openFreshStore(engine)));

  async function open(path: string, locale = 'en-GB') {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${env.app.url}${path}`);
    return { context, page, problems };
  }

  /** The term and its description (dt, dd) pairs of the details panel's list, as text. */
  const detailsTerms = (page: Page) =>
    page
      .locator('article.details dl')
      .evaluate((dl) =>
        [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent ?? ''}`),
      );

  it('the KIA G&Z: Period 2024–2027 in English, Looptijd in Dutch, the source words on hover', async () => {
    const { context, page, problems } = await open('/?sel=policy-kia-gz');
    await waitForGraph(page);
    await page.waitForSelector('#details-name');
    expect(await page.locator('#details-name').innerText()).toBe('KIA G&Z 2024-2027');
    const period = page.locator('[data-testid="details-period"]');
    await expect.poll(() => detailsTerms(page)).toContain('Period: 2024–2027');
    expect(await period.getAttribute('title')).toBe('2024-2027');
    await period.hover();
    await shot(page, '63-period-kia-gz');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => detailsTerms(page)).toContain('Looptijd: 2024–2027');
    expectNoProblems(problems);
    await context.close();
  });

  it('an open period reads "since 2015" / "sinds 2015"; the Nationaal Groeifonds reads 2021–2025', async () => {
    const { context, page, problems } = await open('/?sel=programme-integrale-aanpak-duitsland&lang=nl', 'nl-NL');
    await waitForGraph(page);
    const period = page.locator('[data-testid="details-period"]');
    await expect.poll(() => detailsTerms(page)).toContain('Looptijd: sinds 2015');
    expect(await period.getAttribute('title')).toBe('sinds 2015');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => detailsTerms(page)).toContain('Period: since 2015');
    await page.fill('#main-search', 'Nationaal Groeifonds');
    await page.locator('.search-results li[role="option"]', { hasText: 'Nationaal Groeifonds' }).first().click();
    await expect.poll(() => page.locator('#details-name').innerText()).toBe('Nationaal Groeifonds');
    await expect.poll(() => detailsTerms(page)).toContain('Period: 2021–2025');
    expect(await period.getAttribute('title')).toBe('tussen 2021 en 2025');
    // A node the text gives no period has no period row.
    await page.fill('#main-search', 'Health-RI');
    await page.locator('.search-results li[role="option"]', { hasText: 'Health-RI' }).first().click();
    await expect.poll(() => page.locator('#details-name').innerText()).toBe('Health-RI');
    expect((await detailsTerms(page)).some((term) => term.startsWith('Period'))).toBe(false);
    expectNoProblems(problems);
    await context.close();
  });

  it('the dossier of PPP Microplastics & Health shows its period in the header, with the source words', async () => {
    const { context, page, problems } = await open('/?dossier=ppp-microplastics-health&lang=en');
    await page.waitForSelector('body[data-dossier-ready="en"]', { timeout: 60_000 });
    const period = page.locator('[data-testid="dossier-period"]');
    expect(await period.innerText()).toMatch(/^Period: since 2019 \(“in 2019 .* van start gegaan”\)$/);
    expect(await page.locator('.dossier-head [data-testid="dossier-period"]').count()).toBe(1);
    await shot(page, '63-period-dossier');
    expectNoProblems(problems);
    await context.close();
  });
});
