// Issue 12 in Chromium at 1440x900: a law is findable by search and its details show its kind, its quote and the
// ministry responsible for a policy; the KIES figure has a policies band. Screenshots: 60-policies-figure, 61-policy-*.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp } from './app-server.js';
import { collectProblems, expectNoProblems, useAppAndBrowser, shot as saveShot, waitForGraph } from './browser.js';
import { describeEachEngine, openFreshStore } from '../engines.js';

describeEachEngine('policies in the explorer (issue 12)', (engine) => {
  const shot = (page: Page, name: string) => saveShot(page, engine === 'embedded' ? name : `${name}-neo4j`);
  const env = useAppAndBrowser(() => startApp(undefined, () => openFreshStore(engine)));

  async function open(path: string, locale = 'en-GB') {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${env.app.url}${path}`);
    await waitForGraph(page);
    return { context, page, problems };
  }

  it('search "Wegiz" selects the law; details show Policy, kind law and its quote', async () => {
    const { context, page, problems } = await open('/');
    await shot(page, '60-policies-figure');
    // The figure's policies band carries its title.
    await page.fill('#main-search', 'Wegiz');
    await page.locator('.search-results li[role="option"]', { hasText: 'Wegiz' }).first().click();
    await page.waitForSelector('#details-name');
    expect(await page.locator('#details-name').innerText()).toBe('Wegiz');
    expect(page.url()).toContain('sel=policy-wegiz');
    const details = page.locator('article.details');
    expect(await details.locator('.tags').innerText()).toContain('Policy');
    expect(await details.locator('.full-name').innerText()).toBe('Wet elektronische gegevensuitwisseling in de zorg');
    await details.locator('details > summary').first().click();
    await expect
      .poll(() => details.locator('details').first().innerText())
      .toContain('Wet elektronische gegevensuitwisseling in de zorg (Wegiz');
    expect(await details.locator('dl').innerText()).toMatch(/\blaw\b/);
    // In Dutch the kind reads "wet".
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => details.locator('dl').innerText()).toMatch(/\bwet\b/);
    await shot(page, '61-policy-wegiz');
    expectNoProblems(problems);
    await context.close();
  });

  it('each search of issue 12 in the search box offers its own node first, with its kind', async () => {
    const { context, page, problems } = await open('/');
    const searches: [string, string, string][] = [
      ['Quantum Technologies', 'Quantum Technologies', 'Key technology'],
      ['Optical Systems', 'Optical Systems & Integrated Photonics', 'Key technology'],
      ['AI & Data', 'AI & Data', 'Key technology'],
      ['Imaging Technologies', 'Imaging Technologies', 'Key technology'],
      ['EHDS', 'EHDS', 'Policy'],
      ['Medical Device Regulation', 'Medical Device Regulation', 'Policy'],
      ['Nationale Technologiestrategie', 'NTS', 'Policy'],
      // In English the policy is listed by the English name the sources give (its Dutch name "MTIB" below it).
      ['Missiegedreven Topsectoren- en Innovatiebeleid', 'Mission-driven Top Sectors and Innovation Policy', 'Policy'],
      ['Leven Lang Ontwikkelen', 'Leven Lang Ontwikkelen', 'Policy'],
      ['Themateam', 'Themateam MT G&Z', 'Team'],
      ['Kernteam', 'Kernteam MT G&Z', 'Team'],
      ['KIA Digitalisering', 'KIA Digitalisering', 'Policy'],
      ['KIA Circulaire Economie', 'KIA CE', 'Policy'],
    ];
    for (const [text, name, kind] of searches) {
      await page.fill('#main-search', text);
      const first = page.locator('.search-results li[role="option"]').first();
      await expect.poll(() => first.locator('.name').innerText(), { message: text }).toBe(name);
      expect(await first.locator('.tag').innerText(), text).toBe(kind);
    }
    expectNoProblems(problems);
    await context.close();
  });

  it('gaps in Dutch: a mission no policy frames and a programme nobody runs, each naming its node as a link', async () => {
    const { context, page, problems } = await open('/?view=gaps&lang=nl', 'nl-NL');
    await page.waitForSelector('[data-testid="gap-list"] li');
    const mission = page.locator('li[data-message="MISSION_WITHOUT_POLICY"]').first();
    await expect.poll(() => mission.locator('.gap-title').innerText()).toMatch(/^Geen beleid kadert Missie/);
    expect(await mission.locator('.gap-title .node-link').count()).toBe(1);
    const programme = page.locator('li[data-message="PROGRAMME_NOT_RUN"]').first();
    expect(await programme.locator('.gap-title').innerText()).toMatch(/^Niemand voert .+ uit$/);
    expect(await programme.locator('.gap-explanation').innerText()).toContain('geen eigenaar');
    await shot(page, '62-gaps-policies-nl');
    expectNoProblems(problems);
    await context.close();
  });

  it('Leven Lang Ontwikkelen: the ministry responsible for it is listed with the quote that says so', async () => {
    const { context, page, problems } = await open('/?sel=policy-llo');
    await page.waitForSelector('#details-name');
    expect(await page.locator('#details-name').innerText()).toBe('Leven Lang Ontwikkelen');
    const responsible = page.locator('.rel-group[data-type="RESPONSIBLE_FOR"]');
    await expect.poll(() => responsible.innerText()).toContain('OCW');
    await responsible.getByRole('button', { name: 'Read the source text' }).first().click();
    await page.waitForSelector('.source-text .cited');
    // The cited lines (L4979-L4980) hold the quote "het beleid van OCW omtrent LLO".
    const cited = (await page.locator('.source-text .cited').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    expect(cited).toContain('het beleid van');
    expect(cited).toContain('OCW omtrent LLO');
    await shot(page, '61-policy-llo');
    expectNoProblems(problems);
    await context.close();
  });
});
