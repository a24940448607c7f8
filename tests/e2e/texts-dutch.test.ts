// One journey through every screen in Dutch and in English (issue 19): in Dutch mode no English UI string from the
// list below may show, in English mode no Dutch one. Data (names, descriptions, quotes, notes) is never translated,
// so only interface text is read: the data elements are left out before the page text is taken. No screen shows a
// node id where a name belongs.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { collectProblems, useAppAndBrowser, shot, waitForGraph } from './browser.js';

const knownIds = new Set(readSeedGraph().nodes.map((n) => n.id));
/** Known node ids in a text (the id pattern of issue 19, kept where it is a real id). */
const idsIn = (text: string) =>
  [...text.matchAll(/\b[a-z]+-[a-z0-9-]+\b/g)].map((m) => m[0]).filter((w) => knownIds.has(w));

const env = useAppAndBrowser();

/** Interface strings of the English texts that must never show in Dutch mode (maintained by hand; whole words). */
export const ENGLISH_UI = [
  'KIES figure',
  'Network',
  'Coverage matrix',
  'Gaps',
  'Search by name',
  'Legend',
  'All missions',
  'Layout',
  'Copy link',
  'Relations',
  'Provenance',
  'Expand neighbours',
  'Path from here',
  'Find partners',
  'Read the source text',
  'inferred',
  'literal',
  'addresses',
  'part of',
  'acts via',
  'funds',
  'supports',
  'member of',
  'located in',
  'initiated by',
  'ADDRESSES',
  'PART_OF',
  'PARTNER_IN',
  'ACTS_VIA',
  'SUPPORTS',
  'hop(s)',
  'hops',
  'steps',
  'step',
  'paths',
  'only through other nodes',
  'not evidence',
  'Trace paths',
  'All PPPs',
  'medium',
  'high',
  'low',
  'MEDIUM',
  'Show in graph',
  'Both work on',
  'Both are connected',
  'Both support',
  'brings a different role',
  'No PPP',
  'is linked to no mission',
  'has no source',
  'rests on one PPP',
  'reaches',
  'only one of the',
  'key methodologies',
  'key technologies',
  'public-private partnerships',
  'Selection',
  'Sort by name',
  'Sort by kind',
  'by name',
  'by kind',
  'Show all',
  'Filter relations',
  'Partner finder',
  'suggestions are highlighted',
  'Key technology',
  'Key methodology',
  'Programme',
  'Care agreement',
  'Organisation',
  'Mission',
  'Ministry',
  'Region',
  'Core element',
  'Precondition',
  'Activity',
  'Click a cell',
  'Loading',
  'Sign in',
  'Select a node',
];

/** Interface strings of the Dutch texts that must never show in English mode. */
export const DUTCH_UI = [
  'KIES-figuur',
  'Netwerk',
  'Dekkingsmatrix',
  'Hiaten',
  'Zoek op naam',
  'Legenda',
  'Alle missies',
  'Lay-out',
  'Link kopiëren',
  'Relaties',
  'Herkomst',
  'Buren uitklappen',
  'Pad vanaf hier',
  'Partners zoeken',
  'Lees de brontekst',
  'afgeleid',
  'letterlijk',
  'richt zich op',
  'onderdeel van',
  'werkt via',
  'financiert',
  'ondersteunt',
  'lid van',
  'gevestigd in',
  'stappen',
  'stap',
  'paden',
  'alleen via andere knopen',
  'geen bewijs',
  'Paden zoeken',
  "Alle PPP's",
  'gemiddeld',
  'hoog',
  'laag',
  'Toon in graaf',
  'Beide werken',
  'Beide zijn verbonden',
  'brengt een andere rol',
  'Geen PPP',
  'is aan geen missie verbonden',
  'heeft geen bron',
  'sleutelmethodologieën',
  'sleuteltechnologieën',
  'Selectie',
  'Sorteer',
  'op naam',
  'op soort',
  'Toon alle',
  'Filter relaties',
  'Partnerzoeker',
  'gemarkeerd',
  'Sleuteltechnologie',
  'Sleutelmethodologie',
  'Programma',
  'Organisatie',
  'Ministerie',
  'Kernelement',
  'Randvoorwaarde',
  'Activiteit',
  'Klik op een cel',
  'Laden',
  'Inloggen',
  'Selecteer een knoop',
];

// Data a person reads as data: names (links and headings that show a node), descriptions, quotes, notes, sources.
const DATA = [
  '[data-node-id]',
  '.description',
  '.target',
  '.full-name',
  'q',
  '.note',
  '.role',
  'code',
  '.source-text',
  '#details-name',
  '.partners > li > button.link',
  '.selection-list li button.link',
  '.rel-group li > button.link',
  '.path-chain button.link',
  'li[data-target] > details > summary > button.link',
  '.via button.link',
  '[data-testid="path-from"]',
  '.matrix text.row-head',
  'select option',
  '.search-results .name',
  '.search-results .detail',
  '.hops > li',
  '.details dd',
  'h2#partners-h',
];

async function interfaceText(page: Page): Promise<string> {
  return page.evaluate((data) => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll(data.join(','))) el.remove();
    const attrs = [...body.querySelectorAll('[placeholder], [aria-label], [title]')].map((el) =>
      ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? '').join(' | '),
    );
    // Text node by text node: a detached clone has no layout, so innerText would run words of neighbours together.
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.parentElement?.closest('script, style') == null) texts.push(n.textContent ?? '');
    return `${texts.join(' | ')}\n${attrs.join('\n')}`;
  }, DATA);
}

function found(text: string, list: string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return list.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}(?![\\p{L}])`, 'u').test(text));
}

/** The journey: KIES view with details, path tracing, partners, a listed selection, gaps and the matrix. */
async function journey(lang: 'nl' | 'en', check: (where: string, text: string) => void): Promise<void> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
  });
  const page = await context.newPage();
  collectProblems(page);
  const step = async (where: string) => {
    await page.waitForTimeout(300);
    check(where, await interfaceText(page));
    await shot(page, `30-${lang}-${where}`);
  };
  await page.goto(`${env.app.url}/?sel=mission-iv`);
  await waitForGraph(page);
  await page.locator('.rel-group').first().waitFor();
  await page.locator('.rel-group li .provenance').first().waitFor();
  await step('details');

  await page.goto(`${env.app.url}/?panel=paths&from=mission-iv&to=label:PPP`);
  await waitForGraph(page);
  await page.locator('[data-testid="paths-indirect"] li[data-target]').first().waitFor();
  await page.locator('[data-testid="paths-direct"] summary').first().click();
  await page.locator('[data-testid="paths-indirect"] summary').first().click();
  await step('paths');

  await page.goto(`${env.app.url}/?sel=org-radboudumc&panel=partners`);
  await waitForGraph(page);
  await page.getByTestId('partner-list').locator('li').first().waitFor();
  await step('partners');

  await page.goto(`${env.app.url}/?view=matrix`);
  await page.waitForSelector('[data-testid="matrix"] .cell');
  await step('matrix');
  await page.locator('.cell[data-mission="mission-iv"][data-dimension="PPP"]').click();
  await waitForGraph(page);
  await page.getByTestId('selection-list').locator('li').first().waitFor();
  await step('selection');

  await page.goto(`${env.app.url}/?view=gaps`);
  await page.waitForSelector('[data-testid="gap-list"] li');
  await step('gaps');
  await context.close();
}

describe('every string a person sees is in the chosen language', () => {
  it('Dutch: no English interface string on any screen', async () => {
    const leaks: string[] = [];
    let read = 0;
    await journey('nl', (where, text) => {
      read += text.length;
      // The check can fail: the Dutch words it expects are there.
      expect(found(text, ['Hiaten', 'Relaties', 'Paden'])).not.toEqual([]);
      leaks.push(
        ...found(text, ENGLISH_UI).map((s) => `${where}: ${s}`),
        ...idsIn(text).map((id) => `${where}: id ${id}`),
      );
    });
    expect(read).toBeGreaterThan(5000);
    expect(leaks).toEqual([]);
  });

  it('English: no Dutch interface string on any screen', async () => {
    const leaks: string[] = [];
    await journey('en', (where, text) => {
      expect(found(text, ['Gaps', 'Relations', 'Paths'])).not.toEqual([]);
      leaks.push(
        ...found(text, DUTCH_UI).map((s) => `${where}: ${s}`),
        ...idsIn(text).map((id) => `${where}: id ${id}`),
      );
    });
    expect(leaks).toEqual([]);
  });
});
