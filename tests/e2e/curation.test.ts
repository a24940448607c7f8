// Curation in Chromium: edit controls only for editors, token in sessionStorage only, edit + history + undo, field errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startCurationApp, type CurationApp } from '../curation/curation-app.js';
import { ensureWebBuild, WEB_DIST } from './app-server.js';
import {
  collectProblems,
  expectNoProblems,
  launchChromium,
  shot,
  waitForGraph,
  type ProblemOptions,
} from './browser.js';

const BAD_TOKEN = `kies_${'x'.repeat(43)}`;
const NEW_TEXT = 'Curated in the e2e test: <b>not bold</b> & still text.';
const EDIT_CONTROLS =
  '[data-testid="curation"], [data-testid="new-node"], [data-testid="edit-node"], [data-testid="edit-form"], [data-testid="history"]';
// Chromium logs every 4xx response; the bad-token journey causes exactly these on purpose.
const expected401 = (p: string) => /status of 401|response 401: POST .*\/graphql/.test(p);

let app: CurationApp;
let browser: Browser;
let original: string | null;

beforeAll(async () => {
  ensureWebBuild();
  app = await startCurationApp({ webDist: WEB_DIST });
  browser = await launchChromium();
  original = (await app.gql('{ node(id: "ppp-aboard") { description } }')).body.data!.node.description ?? null;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(
  options: ProblemOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems = collectProblems(page, options);
  await page.goto(app.url);
  await waitForGraph(page);
  return { context, page, problems };
}

async function pickAboard(page: Page): Promise<void> {
  await page.fill('#main-search', 'ABOARD');
  await page.locator('.search-results li[role="option"]', { hasText: 'ABOARD' }).first().click();
  await page.waitForSelector('#details-name');
}

async function signIn(page: Page, token: string): Promise<void> {
  // After a refused token the form stays open for another try.
  if (await page.locator('[data-testid="sign-in"]').isVisible()) await page.click('[data-testid="sign-in"]');
  await page.fill('#auth-token', token);
  await page.click('[data-testid="sign-in-submit"]');
}

const storedTokens = (page: Page) =>
  page.evaluate(() => ({
    session: sessionStorage.getItem('kies.token'),
    local: JSON.stringify({ ...localStorage }),
    url: location.href,
  }));

describe('curation in the web view', () => {
  it('anonymous and viewer users see no edit controls; a bad token is refused with a message', async () => {
    const { context, page, problems } = await open({ allow: expected401 });
    await pickAboard(page);
    expect(await page.locator(EDIT_CONTROLS).count()).toBe(0);

    await signIn(page, BAD_TOKEN);
    await page.waitForSelector('[data-testid="auth-message"]');
    expect(await page.locator('[data-testid="auth-message"]').innerText()).toBe(
      'This token is unknown or revoked. You are not signed in.',
    );
    expect(await page.locator('[data-testid="signed-in"]').count()).toBe(0);
    expect(await page.locator(EDIT_CONTROLS).count()).toBe(0);
    expect((await storedTokens(page)).session).toBeNull();
    await shot(page, '14-curation-bad-token');

    await signIn(page, app.tokens.viewer);
    await page.waitForSelector('[data-testid="signed-in"]');
    expect(await page.locator('[data-testid="signed-in"]').innerText()).toBe('Signed in as vera (viewer)');
    expect(await page.locator(EDIT_CONTROLS).count()).toBe(0);
    expectNoProblems(problems, expected401);
    await context.close();
  });

  it('an editor edits a description with a note, sees it and its history, and undoes it', async () => {
    const { context, page, problems } = await open();
    await signIn(page, app.tokens.editor);
    await page.waitForSelector('[data-testid="signed-in"]');
    expect(await page.locator('[data-testid="signed-in"]').innerText()).toBe('Signed in as alice (editor)');
    const kept = await storedTokens(page);
    expect(kept.session).toBe(app.tokens.editor);
    expect(kept.local).not.toContain(app.tokens.editor);
    expect(kept.url).not.toContain(app.tokens.editor);

    await pickAboard(page);
    await page.waitForSelector('[data-testid="history"]');
    expect(await page.locator('[data-testid="history"]').innerText()).toContain('No changes yet.');

    // The relationship form offers the model's types from a PPP (a PPP addresses missions).
    await page.click('[data-testid="add-relationship"]');
    expect(await page.locator('[data-testid="rel-type"] option').allInnerTexts()).toContain('addresses');
    expect(await page.locator('[data-testid="rel-type"] option[value="ADDRESSES"]').count()).toBe(1);
    await page.click('[data-testid="relate-form"] >> text=Cancel');

    // Without provenance the server refuses, and its issue appears under the note input.
    await page.click('[data-testid="edit-node"]');
    expect(await page.locator('[data-testid="edit-description"]').inputValue()).toBe(original);
    await page.fill('[data-testid="edit-description"]', NEW_TEXT);
    await page.click('[data-testid="edit-save"]');
    const noteError = page.locator('.field-error[data-field="provenance.note"]');
    await noteError.waitFor();
    expect(await noteError.innerText()).toContain('missing provenance');
    expect(await page.locator('[data-testid="prov-note"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('[data-testid="edit-form"]').scrollIntoViewIfNeeded();
    await shot(page, '15-curation-field-error');

    await page.fill('[data-testid="prov-note"]', 'alice: e2e test');
    await page.click('[data-testid="edit-save"]');
    await page.waitForSelector('[data-testid="saved"]');
    await page.waitForFunction(
      (text) => document.querySelector('.details .description')?.textContent === text,
      NEW_TEXT,
    );
    expect(await page.locator('.details b').count()).toBe(0);
    const entry = page.locator('[data-testid="history-entry"]').first();
    await entry.waitFor();
    expect(await entry.getAttribute('data-action')).toBe('UPDATE_NODE');
    expect(await entry.innerText()).toContain(NEW_TEXT);
    expect(await entry.innerText()).toContain('alice');
    await page.locator('[data-testid="history"]').scrollIntoViewIfNeeded();
    await shot(page, '16-curation-edited-history');

    const edited = (await app.gql('{ node(id: "ppp-aboard") { description provenance { note } } }')).body.data!.node;
    expect(edited.description).toBe(NEW_TEXT);
    expect(edited.provenance.note).toContain('alice: e2e test');
    const [event] = (
      await app.gql(
        '{ auditLog(nodeId: "ppp-aboard") { id actor action after provenance { note } } }',
        {},
        app.tokens.editor,
      )
    ).body.data!.auditLog;
    expect(event).toMatchObject({ actor: 'alice', action: 'UPDATE_NODE', provenance: { note: 'alice: e2e test' } });
    expect(JSON.parse(event.after ?? 'null').properties.description).toBe(NEW_TEXT);

    await entry.locator('[data-testid="undo"]').click();
    await page.waitForFunction(
      (text) => document.querySelector('.details .description')?.textContent === text,
      original,
    );
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-entry"]').length === 2);
    expect(await page.locator('[data-testid="history-entry"]').nth(1).innerText()).toContain('undone');
    const log = (
      await app.gql('{ auditLog(nodeId: "ppp-aboard") { id action undoes undoneBy } }', {}, app.tokens.editor)
    ).body.data!.auditLog;
    expect(log[0]).toMatchObject({ action: 'UPDATE_NODE', undoes: event.id });
    expect(log[1]).toMatchObject({ id: event.id, undoneBy: log[0].id });
    expect((await app.gql('{ node(id: "ppp-aboard") { description } }')).body.data!.node.description).toBe(original);

    await page.click('[data-testid="sign-out"]');
    expect(await page.locator(EDIT_CONTROLS).count()).toBe(0);
    expect((await storedTokens(page)).session).toBeNull();
    expectNoProblems(problems);
    await context.close();
  });

  it('an editor creates a node, links it, deletes it and brings it back', async () => {
    const { context, page, problems } = await open();
    await signIn(page, app.tokens.editor);
    await page.waitForSelector('[data-testid="new-node"]');
    await page.click('[data-testid="new-node"]');
    await page.fill('[data-testid="create-form"] [data-testid="edit-name"]', 'Acme Zorg');
    expect(await page.locator('[data-testid="create-id"]').inputValue()).toBe('org-acme-zorg');
    await page.fill('[data-testid="create-form"] [data-testid="prov-note"]', 'alice: e2e create');
    await page.click('[data-testid="create-save"]');
    await page.waitForFunction(() => document.querySelector('#details-name')?.textContent === 'Acme Zorg');

    await page.click('[data-testid="add-relationship"]');
    await page.selectOption('[data-testid="rel-type"]', 'PARTNER_IN');
    await page.fill('#relate-org-acme-zorg-target', 'Health-RI');
    await page
      .locator('[data-testid="relate-form"] .search-results li[role="option"]', { hasText: 'Health-RI' })
      .first()
      .click();
    await page.fill('[data-testid="relate-form"] [data-testid="prov-note"]', 'alice: e2e link');
    await page.click('[data-testid="rel-save"]');
    await page.waitForSelector('.rel-group[data-type="PARTNER_IN"]');
    const rel = (await app.gql('{ node(id: "org-acme-zorg") { relationships { id } } }')).body.data!.node.relationships;
    expect(rel).toEqual([{ id: 'org-acme-zorg>PARTNER_IN>ppp-health-ri' }]);

    await page.click('[data-testid="delete-node"]');
    await page.fill('[data-testid="delete-form"] [data-testid="prov-note"]', 'alice: e2e cleanup');
    await page.click('[data-testid="delete-confirm"]');
    await page.waitForSelector('[data-testid="deleted-notice"]');
    expect(await page.locator('#details-name').count()).toBe(0);
    expect(
      (await app.gql('{ nodes(where: { ids: ["org-acme-zorg"] }) { edges { node { id } } } }')).body.data!.nodes.edges,
    ).toEqual([]);

    await page.click('[data-testid="deleted-notice"] button');
    await page.waitForFunction(() => document.querySelector('#details-name')?.textContent === 'Acme Zorg');
    await page.waitForSelector('.rel-group[data-type="PARTNER_IN"]');
    const actions = (
      await app.gql('{ auditLog(nodeId: "org-acme-zorg") { action } }', {}, app.tokens.editor)
    ).body.data!.auditLog.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['CREATE_NODE', 'DELETE_NODE', 'CREATE_RELATIONSHIP', 'CREATE_NODE']);
    expectNoProblems(problems);
    await context.close();
  });

  it('the built bundle holds no token', () => {
    const assets = join(WEB_DIST, 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const tokens = [...Object.values(app.tokens), BAD_TOKEN];
    for (const file of js) {
      const text = readFileSync(join(assets, file), 'utf8');
      for (const token of tokens) expect(text.includes(token), `${file} contains a test token`).toBe(false);
      expect(/kies_[A-Za-z0-9_-]{43}/.test(text), `${file} contains something shaped like a token`).toBe(false);
    }
  });
});
