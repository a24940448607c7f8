// The printable mission / PPP dossier in Chromium on each engine: opened from the details panel and by URL, printed
// with page.pdf, and the PDF's text read back (unpdf): sections, real names, quotes, citations, permalink, NL and EN.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { startApp } from './app-server.js';
import { collectProblems, SCREENSHOTS, shot as saveShot, useAppAndBrowser, waitForGraph } from './browser.js';
import { describeEachEngine, openFreshStore } from '../engines.js';

interface Printed {
  pages: string[];
  text: string;
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][];
}

/** Prints the page as "Save as PDF" does (the page's own @page sizes), keeps the file, and reads its text back. */
async function print(page: Page, name: string): Promise<Printed> {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(SCREENSHOTS, `${name}.pdf`), bytes);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const sizes: [number, number][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const [x1, y1, x2, y2] = (await pdf.getPage(i)).view as [number, number, number, number];
    sizes.push([x2 - x1, y2 - y1]);
  }
  // Text runs may break lines anywhere: compare with single spaces.
  const pages = (text as string[]).map((p) => p.replace(/\s+/g, ' '));
  return { pages, text: pages.join(' '), sizes };
}

/** Node ids (`ppp-aboard`, `mission-iv`): the dossier names nodes, only its links carry ids. */
const ID_LIKE = /\b(ppp|mission|ministry|care|programme|ngf|ket|kem|topsector|nwa-route)-[a-z0-9]/;
const withoutLinks = (text: string) => text.replace(/\S*\?dossier=\S*/g, '');

describeEachEngine('Mission dossier', (engine) => {
  const shot = (page: Page, name: string) => saveShot(page, engine === 'embedded' ? name : `${name}-neo4j`);
  const env = useAppAndBrowser(() => startApp(undefined, () => openFreshStore(engine)));

  async function api<T>(query: string): Promise<T> {
    const res = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data: T };
    return body.data;
  }

  /** The PPPs addressing a mission and the first quote and citation of each such relationship, from the API. */
  async function addressing(mission: string) {
    const data = await api<{
      node: {
        relationships: {
          startNode: { name: string; labels: string[] };
          provenance: { citations: { file: string; startLine: number; quote: string }[] };
        }[];
      };
    }>(
      `{ node(id: "${mission}") { relationships(types: [ADDRESSES], direction: IN, first: 200) { startNode { name labels } provenance { citations { file startLine quote } } } } }`,
    );
    return data.node.relationships.filter((r) => r.startNode.labels.includes('PPP'));
  }

  async function openDossier(path: string, locale: string, lang: 'nl' | 'en') {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${env.app.url}${path}`);
    await page.waitForSelector(`body[data-dossier-ready="${lang}"]`, { timeout: 60_000 });
    return { context, page, problems };
  }

  describe('printed in Chromium', () => {
    it('Missie IV (Dutch), opened from the details panel: every section, PPP names, quotes, citations and the permalink in the PDF', async () => {
      const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      collectProblems(page);
      await page.goto(`${env.app.url}/?sel=mission-iv`);
      await waitForGraph(page);
      const link = page.getByTestId('open-dossier');
      await expect.poll(() => link.isVisible()).toBe(true);
      expect(await link.innerText()).toBe('Dossier');
      await link.click();
      await page.waitForSelector('body[data-dossier-ready="nl"]', { timeout: 60_000 });
      expect(new URL(page.url()).searchParams.get('dossier')).toBe('mission-iv');
      expect(await page.getByTestId('dossier-print').isEnabled()).toBe(true);
      expect(await page.locator('h1').innerText()).toBe('Missie IV: Mensen met dementie');
      // The curator's note exists in English only: marked as English, not translated.
      const note = page.getByTestId('curator-note');
      expect((await note.innerText()).trim()).toMatch(/^\(Engelstalig\) \S/);
      expect(await note.locator('[lang="en"]').count()).toBe(1);
      await shot(page, '50-dossier-mission-iv-nl');
      const pdf = await print(
        page,
        engine === 'embedded' ? '50-dossier-mission-iv-nl' : '50-dossier-mission-iv-nl-neo4j',
      );

      // Sections, in the interface language; the screen's toolbar is not printed.
      for (const heading of [
        'Missiedossier',
        'Figuur',
        'Leden per dimensie',
        "Publiek-private partnerschappen (PPP's)",
        'Nationaal Groeifonds-projecten',
        'Hiaten',
        "Paden naar de PPP's",
        'Citaten en bronnen',
        'Permalink',
      ]) {
        expect(pdf.text, heading).toContain(heading);
      }
      expect(pdf.text).not.toContain('Afdrukken / opslaan als pdf');
      expect(pdf.text).toMatch(/\?dossier=mission-iv&lang=nl/);
      expect(pdf.text).toContain('In 2030 is de kwaliteit van leven van mensen met dementie met 25% toegenomen');
      // Names, not ids.
      expect(withoutLinks(pdf.text)).not.toMatch(ID_LIKE);
      // Every PPP that addresses mission IV is named, and the quotes and cited lines of those relationships are printed.
      const ppps = await addressing('mission-iv');
      expect(ppps.length).toBeGreaterThan(10);
      for (const r of ppps) expect(pdf.text, r.startNode.name).toContain(r.startNode.name);
      const aboard = ppps.find((r) => r.startNode.name === 'ABOARD')!;
      for (const c of aboard.provenance.citations) {
        expect(pdf.text).toContain(c.quote.replace(/\s+/g, ' '));
        expect(pdf.text).toContain(c.file);
        expect(pdf.text).toMatch(new RegExp(`L${c.startLine}\\b`));
      }
      // The first page is the landscape one with the figure: its names are text on it (ABOARD in IV's row).
      const [w, h] = pdf.sizes[0]!;
      expect(w).toBeGreaterThan(h);
      expect(pdf.pages[0]).toContain('ABOARD');
      expect(pdf.pages[0]).toContain('Departementen');
      expect(pdf.sizes.slice(1).every(([pw, ph]) => ph > pw)).toBe(true);
      console.log(`dossier (${engine}): Missie IV NL, ${pdf.pages.length} pages, ${ppps.length} PPPs named`);
      await context.close();
    });

    it('Missie IV in English, by URL: headings and mission names in English, the data as the sources write it', async () => {
      const { context, page } = await openDossier('/?dossier=mission-iv', 'en-GB', 'en');
      // The English name the sources give, the Dutch one beside it (citations quote the Dutch data).
      expect(await page.locator('h1').innerText()).toBe('Better perspectives for people with dementia');
      expect(await page.getByTestId('dossier-dutch-name').innerText()).toBe(
        'Dutch name: Missie IV: Mensen met dementie',
      );
      expect(await page.getByTestId('dossier-figure').textContent()).toContain('dementia');
      expect(await page.getByTestId('curator-note').innerText()).not.toContain('Engelstalig');
      const pdf = await print(
        page,
        engine === 'embedded' ? '51-dossier-mission-iv-en' : '51-dossier-mission-iv-en-neo4j',
      );
      for (const heading of [
        'Mission dossier',
        'Figure',
        'Members per dimension',
        'Public-private partnerships (PPPs)',
        'Gaps',
        'Paths to the PPPs',
        'Citations and sources',
        'Permalink',
      ]) {
        expect(pdf.text, heading).toContain(heading);
      }
      expect(pdf.text).not.toContain('Leden per dimensie');
      expect(pdf.pages[0]).toContain('Better perspectives for people with dementia');
      expect(pdf.text).toContain('Missie IV: Mensen met dementie');
      expect(pdf.text).toMatch(/\?dossier=mission-iv&lang=en/);
      await context.close();
    });

    it('a PPP (ABOARD) in English and, switched on the page, in Dutch: its missions, paths with quotes, citations', async () => {
      const { context, page } = await openDossier('/?dossier=ppp-aboard', 'en-GB', 'en');
      expect(await page.locator('h1').innerText()).toBe('ABOARD');
      await shot(page, '52-dossier-ppp-aboard-en');
      const en = await print(
        page,
        engine === 'embedded' ? '52-dossier-ppp-aboard-en' : '52-dossier-ppp-aboard-en-neo4j',
      );
      for (const heading of [
        'Dossier',
        'Figure',
        'Connected, by kind',
        'Gaps',
        'Paths to the missions',
        'Citations and sources',
        'Permalink',
      ]) {
        expect(en.text, heading).toContain(heading);
      }
      expect(en.text).toContain('A Personalized Medicine Approach for Alzheimer');
      // Missions by their English names, each with its Dutch name beside it.
      expect(en.text).toContain('Better perspectives for people with dementia — Missie IV: Mensen met dementie');
      const aboard = (await addressing('mission-iv')).find((r) => r.startNode.name === 'ABOARD')!;
      expect(en.text).toContain(aboard.provenance.citations[0]!.quote.replace(/\s+/g, ' '));
      expect(en.pages[0]).toContain('ABOARD');
      expect(withoutLinks(en.text)).not.toMatch(ID_LIKE);

      await page.selectOption('[data-testid="dossier-lang"]', 'nl');
      await page.waitForSelector('body[data-dossier-ready="nl"]');
      const nl = await print(
        page,
        engine === 'embedded' ? '53-dossier-ppp-aboard-nl' : '53-dossier-ppp-aboard-nl-neo4j',
      );
      for (const heading of ['Verbonden per soort', 'Hiaten', 'Paden naar de missies', 'Citaten en bronnen'])
        expect(nl.text, heading).toContain(heading);
      expect(nl.text).toMatch(/\?dossier=ppp-aboard&lang=nl/);
      await context.close();
    });

    it('an unknown id says so in the page, in the interface language', async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      collectProblems(page);
      await page.goto(`${env.app.url}/?dossier=ppp-does-not-exist`);
      await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 30_000 }).toContain('Er ging iets mis');
      expect(await page.getByRole('alert').innerText()).toContain('ppp-does-not-exist');
      await context.close();
    });
  });
});
