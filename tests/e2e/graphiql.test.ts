// GraphiQL in Debian Chromium against the real server: the schema loads (introspection passes the query limits),
// so the docs explorer lists the fields of Query; no console error, no failed or refused request.
import { describe, expect, it } from 'vitest';
import { collectProblems, expectNoProblems, useAppAndBrowser, shot } from './browser.js';

const env = useAppAndBrowser();

describe('GraphiQL in Chromium', () => {
  it('loads the schema: the docs explorer lists the fields of Query', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const problems = collectProblems(page);
    const introspections: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && /IntrospectionQuery/.test(r.request().postData() ?? ''))
        introspections.push(r.status());
    });
    // Opening /graphql as a browser does: redirected to the bundled page.
    await page.goto(`${env.app.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    // The root types appear only once introspection answered; "Query" opens the list of its fields.
    await docs.getByRole('link', { name: 'Query', exact: true }).click({ timeout: 20_000 });
    await expect
      .poll(() => docs.locator('.graphiql-doc-explorer-title').innerText(), { timeout: 10_000 })
      .toBe('Query');
    const fields = await docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(['search', 'node', 'neighbourhood', 'graph', 'paths', 'partners']));
    await shot(page, '12-graphiql-docs');

    expect(introspections).toEqual([200]);
    expectNoProblems(problems);
    await context.close();
  });
});
