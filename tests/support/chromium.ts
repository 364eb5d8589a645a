/**
 * One Chromium per test file, driven by playwright-core. Never downloads a browser:
 * it runs Debian's /usr/bin/chromium, or whatever LINTAS_CHROMIUM points to
 * (for example Playwright's own Chromium on a developer machine).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM_PATH = process.env.LINTAS_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install chromium) ` +
        'or set LINTAS_CHROMIUM to the path of a Chromium executable.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface SiteBrowser {
  /** A fresh page in a fresh context (empty cache, no cookies). Closed automatically after the file. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /** A fresh page that has not navigated yet, for tests that must listen before the first request. */
  blank(options?: BrowserContextOptions): Promise<Page>;
  /** Absolute URL on the local server for a site path. */
  url(path: string): string;
}

/**
 * Which built site a test file drives: 'content' is dist/, built from the real content/, for checks that hold
 * whatever it holds; 'fixture' is the site built from the fixture corpora, for checks of particular entries.
 */
export type SiteName = 'content' | 'fixture';

/**
 * Registers beforeAll/afterAll hooks for one Chromium in this test file, on the given site.
 * Requests that leave the local server are refused and remembered, so a page that
 * quietly depends on a CDN or a tracker fails `offSiteRequests()` checks instead of hanging.
 */
export function useSiteBrowser(site: SiteName): SiteBrowser & { offSiteRequests: () => string[] } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const offSite: string[] = [];
  const baseURL = inject(site === 'fixture' ? 'fixtureURL' : 'baseURL');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
  });

  async function blank(options: BrowserContextOptions = {}): Promise<Page> {
    if (!browser) throw new Error('Chromium is not running: call useSiteBrowser() at the top of the test file');
    const context = await browser.newContext({ baseURL, locale: 'id-ID', ...options });
    contexts.push(context);
    await context.route(
      (url) => url.origin !== baseURL,
      (route) => {
        offSite.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    return context.newPage();
  }

  return {
    url: (path) => new URL(path, baseURL).href,
    blank,
    async open(path, options) {
      const page = await blank(options);
      const response = await page.goto(path);
      if (!response || response.status() !== 200) {
        throw new Error(`${path} answered ${response?.status() ?? 'nothing'} on the local server`);
      }
      return page;
    },
    offSiteRequests: () => [...offSite],
  };
}
