// One preview server of dist/ and one headless Chromium per browser test file, and a helper that
// opens a site path in a fresh context (its own clipboard, colour scheme and viewport).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveDist, type Served } from './serve-dist';

export interface SiteBrowser {
  origin: () => string;
  browser: () => Browser;
  open: (path: string, options?: Parameters<Browser['newContext']>[0]) => Promise<{ context: BrowserContext; page: Page }>;
}

/** A browser and a server of a built site: dist/, or another build's folder. */
export function useSiteBrowser(dir = 'dist'): SiteBrowser {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveDist(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    origin: () => served.origin,
    browser: () => browser,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(served.origin + path, { waitUntil: 'load' });
      return { context, page };
    },
  };
}
