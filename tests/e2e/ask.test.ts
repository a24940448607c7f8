// Asking in the search box, in Chromium at 1440x900: a Dutch and an English question open the answer beside the
// graph with the interpretation, names (not ids), evidence quotes, and "show in graph" selects the nodes there; the
// URL keeps the question; an unknown question gets suggestions; an ambiguous name offers the choices.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { collectProblems, shot, useAppAndBrowser, waitForGraph } from './browser.js';

const knownIds = new Set(readSeedGraph().nodes.map((n) => n.id));
const idsIn = (text: string) =>
  [...text.matchAll(/\b[a-z]+-[a-z0-9-]+\b/g)].map((m) => m[0]).filter((w) => knownIds.has(w));

const env = useAppAndBrowser();

async function open(path: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  const page = await context.newPage();
  collectProblems(page);
  await page.goto(`${env.app.url}${path}`);
  await waitForGraph(page, 'kies');
  return { context, page };
}

async function ask(page: Page, question: string): Promise<string> {
  const box = page.locator('#main-search');
  await box.fill(question);
  await page.getByTestId('ask-hint').waitFor();
  await box.press('Enter');
  await page.getByTestId('ask-summary').waitFor();
  return page.getByTestId('ask-panel').innerText();
}

const selectedIds = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __kiesGraph: () => { nodes: { id: string; selected: boolean }[] } })
      .__kiesGraph()
      .nodes.filter((n) => n.selected)
      .map((n) => n.id),
  );

describe('ask in the search box', () => {
  it('Dutch: "Welke PPP\'s dienen missie IV?" answers beside the graph with its interpretation, names and quotes; show in graph selects them', async () => {
    const { context, page } = await open('/', 'nl-NL');
    const text = await ask(page, "Welke PPP's dienen missie IV?");
    expect(await page.getByTestId('ask-interpretation').innerText()).toContain(
      "Begrepen als: PPP's gekoppeld aan Missie IV: Mensen met dementie",
    );
    expect(text).toContain('zekerheid 100%');
    expect(text).toContain('Health-RI');
    expect(text).toContain('richt zich op Missie IV');
    expect(idsIn(text)).toEqual([]);
    const quotes = await page.getByTestId('ask-quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.some((q) => /“.+”/.test(q) && /004_\w+\.txt, regel \d+/.test(q))).toBe(true);
    // The graph stays beside the answer; the URL keeps the question.
    expect(await page.locator('canvas').first().isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('ask')).toBe("Welke PPP's dienen missie IV?");
    await page.getByTestId('ask-show').click();
    await expect.poll(async () => (await selectedIds(page)).length).toBeGreaterThan(10);
    const selected = await selectedIds(page);
    expect(selected).toEqual(expect.arrayContaining(['mission-iv', 'ppp-health-ri', 'ppp-dempact']));
    expect(new URL(page.url()).searchParams.get('sel')).toContain('ppp-health-ri');
    await shot(page, '40-ask-dutch');
    await context.close();
  });

  it('English: a connection question lists the paths hop by hop with quotes; a path is selected in the graph; reopening the URL asks again', async () => {
    const { context, page } = await open('/', 'en-GB');
    const text = await ask(page, 'How is Health-RI connected to mission IV?');
    expect(await page.getByTestId('ask-interpretation').innerText()).toContain(
      'Understood as: Paths from Health-RI to Better perspectives for people with dementia (up to 3 steps)',
    );
    // The server's sentences and the hops name nodes in the interface language (English names where the sources
    // give one); quotes stay as the (Dutch) sources wrote them.
    for (const id of ['ask-interpretation', 'ask-summary'])
      expect(await page.getByTestId(id).innerText()).not.toContain('Missie IV');
    expect(text).toMatch(/Health-RI —addresses→ Better perspectives for people with dementia/);
    expect(idsIn(text)).toEqual([]);
    expect((await page.getByTestId('ask-quote').allInnerTexts()).some((q) => /line \d+/.test(q))).toBe(true);
    await page.getByTestId('ask-paths').getByRole('button', { name: 'Path 1', exact: true }).click();
    await expect.poll(() => selectedIds(page)).toEqual(expect.arrayContaining(['ppp-health-ri', 'mission-iv']));
    await shot(page, '41-ask-english-paths');
    const url = page.url();
    await page.goto(url);
    await page.getByTestId('ask-summary').waitFor();
    expect(await page.getByTestId('ask-panel').innerText()).toContain('How is Health-RI connected to mission IV?');
    await context.close();
  });

  it('Dutch: "Wie doen mee aan Hoofdzaken?" lists its members with the membership and its quote, not suggestions', async () => {
    const { context, page } = await open('/', 'nl-NL');
    const text = await ask(page, 'Wie doen mee aan Hoofdzaken?');
    expect(await page.getByTestId('ask-interpretation').innerText()).toContain(
      'Begrepen als: Wie deelneemt aan Hoofdzaken',
    );
    expect(text).toContain('ZonMw');
    expect(text).toContain('ZonMw partner in Hoofdzaken');
    expect(text).not.toContain('Voorgestelde partners');
    const quotes = await page.getByTestId('ask-quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(quotes.every((q) => /“.+” \S+\.txt, regel \d+/.test(q))).toBe(true);
    expect(idsIn(text)).toEqual([]);
    await context.close();
  });

  it('a connection beyond three steps shows the shortest one; each hop names its relation in its stored direction', async () => {
    const { context, page } = await open('/', 'en-GB');
    await ask(page, 'How is TNO connected to Philips?');
    const summary = await page.getByTestId('ask-summary').innerText();
    expect(summary).toMatch(/path\(s\)|the shortest connection takes \d+ steps/);
    const hops = await page.getByTestId('ask-paths').locator('.ask-evidence-text').allInnerTexts();
    expect(hops.length).toBeGreaterThan(0);
    // "TNO —member of→ Medewerkers KIA" walks forward; "Medewerkers KIA ←member of— TU Eindhoven" backward.
    for (const hop of hops) expect(hop).toMatch(/^.+ (—[a-z ]+→|←[a-z ]+—) .+$/);
    await shot(page, '43-ask-shortest-connection');
    await context.close();
  });

  it('a question it does not understand says so and offers questions it does; a suggestion asks it', async () => {
    const { context, page } = await open('/', 'en-GB');
    const text = await ask(page, 'What is the weather in Utrecht tomorrow?');
    expect(text).toContain('I do not understand this question');
    const suggestions = page.getByTestId('ask-suggestions').getByRole('button');
    expect(await suggestions.count()).toBeGreaterThan(2);
    await suggestions.first().click();
    await expect.poll(() => page.getByTestId('ask-interpretation').isVisible()).toBe(true);
    expect(await page.getByTestId('ask-items').locator('li.ask-item').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('an ambiguous name offers the choices by kind and code; picking one answers', async () => {
    const { context, page } = await open('/', 'nl-NL');
    const text = await ask(page, 'Wat is AI?');
    expect(text).toContain('kan meerdere dingen betekenen');
    const choices = page.getByTestId('ask-choices').getByRole('button');
    expect(await choices.count()).toBe(4);
    expect(await page.getByTestId('ask-choices').innerText()).toMatch(/Sleuteltechnologie|Programma/);
    await shot(page, '42-ask-ambiguous');
    await choices.first().click();
    await expect.poll(() => page.getByTestId('ask-interpretation').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('ask-items').innerText()).toContain('Bron van');
    await context.close();
  });
});
