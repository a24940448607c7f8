// Debian Chromium through playwright-core (never a downloaded browser), plus page helpers for the journeys.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.js';
import { ROOT, startApp, type RunningApp } from './app-server.js';
import { GRAPH_PROBE } from './graph-probe.js';

export const SCREENSHOTS = join(ROOT, 'tests', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  // Every context a test opens gets the graph probe (window.__kiesGraph, ready times): the app exposes nothing itself.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript({ content: GRAPH_PROBE });
    return context;
  };
  return browser;
}

export interface ProblemOptions {
  /** Problems the journey causes on purpose (e.g. a refused token's 401); everything else fails the test. */
  allow?: (problem: string) => boolean;
}

interface Watched {
  problems: string[];
  allow: (problem: string) => boolean;
}

// Every page watched during the current test; the afterEach below checks them all, so no journey can forget to.
const watched: Watched[] = [];

/**
 * Watches a page for what a user would count as broken: page errors, console errors and warnings, CSP violations,
 * dialogs, failed requests and responses >= 400. Returns the live list; it is also asserted empty after the test.
 */
export function collectProblems(page: Page, options: ProblemOptions = {}): string[] {
  const problems: string[] = [];
  let closing = false;
  // Requests still in flight when the test closes its context are aborted by the close, not by the app.
  page.on('close', () => (closing = true));
  page.context().on('close', () => (closing = true));
  const add = (problem: string) => {
    if (!closing) problems.push(problem);
  };
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const kind = m.type();
    if (kind === 'error' || kind === 'warning' || /Content Security Policy/i.test(m.text()))
      add(`console ${kind}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    add(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // A GraphQL request is named by its operation, so a failure says which one.
  const what = (r: Request) =>
    `${r.method()} ${r.url()}${
      /^\s*\{?\s*"query":"(query|mutation) (\w+)/
        .exec(r.postData() ?? '')
        ?.slice(1, 3)
        .join(' ')
        .replace(/^/, ' ') ?? ''
    }`;
  // A page that navigates (a link to the dossier, a reload) aborts what its old document was still fetching, such as
  // the lazily loaded panels: the browser's own cancellation, not a failure a user would see. Anything else counts.
  let navigations = 0;
  const epochOf = new WeakMap<Request, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
    else epochOf.set(r, navigations);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'unknown';
    const leftBehind = error === 'net::ERR_ABORTED' && (epochOf.get(r) ?? navigations) < navigations;
    if (!leftBehind) add(`request failed: ${what(r)} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) add(`response ${r.status()}: ${what(r.request())}`);
  });
  watched.push({ problems, allow: options.allow ?? (() => false) });
  return problems;
}

/** Fails with the list of problems a page reported, except the ones allowed for it. */
export function expectNoProblems(problems: string[], allow: (problem: string) => boolean = () => false): void {
  expect(problems.filter((p) => !allow(p))).toEqual([]);
}

afterEach(() => {
  for (const { problems, allow } of watched.splice(0)) expectNoProblems(problems, allow);
});

export async function waitForGraph(page: Page, mode: 'kies' | 'network' = 'kies'): Promise<void> {
  await page.waitForSelector(`body[data-graph-ready="${mode}"]`, { timeout: 30_000 });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The real app on the seed and one Chromium for the tests of a file (or describe block): started before them,
 * closed after them. Read `env.app` / `env.browser` inside tests, once the hooks have run.
 */
export function useAppAndBrowser(start: () => Promise<RunningApp> = () => startApp()): {
  readonly app: RunningApp;
  readonly browser: Browser;
} {
  const env = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    env.app = await start();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
