// The search page as the browser tests read it: wait for a search to finish, then load every
// result ("Show more results" until it goes) and read the paragraph links (path + hash).
import type { Page } from 'playwright-core';

/** The number of the last finished search on the page (0 before any). */
export const lastRun = (page: Page) => page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));

/** Waits for a search after run `after` to finish (and, with `counts`, its filter counts too). */
export async function searchDone(page: Page, { after = 0, counts = false } = {}): Promise<void> {
  await page.waitForFunction(
    ({ previous, counts }) => document.body.dataset['searchState'] === 'done' && Number(document.body.dataset['searchRun']) > previous
      && (!counts || document.body.dataset['facetsState'] === 'done'),
    { previous: after, counts },
    { timeout: 20_000 },
  );
}

/** Every result link, after loading them all. */
export async function allResultLinks(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const count = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, count);
  }
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => {
    const url = new URL((a as HTMLAnchorElement).href);
    return `${url.pathname}${url.hash}`;
  }));
}
