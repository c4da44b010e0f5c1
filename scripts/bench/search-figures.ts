// The search figures of the bench for one built site: the index on disk; for a first search from
// an empty cache, the bytes fetched until the first results are on screen and until every filter
// count is filled in; warm keystroke-to-results. Run on the 5-report site and on the --scale copy.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser';
import { serveDist } from '../../tests/helpers/serve-dist';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Bytes of the files these requests fetched, each file once, as served compressed. */
async function fetchedBytes(requests: readonly Request[]): Promise<{ bytes: number; files: number }> {
  const files = new Map<string, number>();
  for (const request of requests) {
    const file = request.url().replace(/[?#].*$/, '');
    if (files.has(file)) continue;
    const body = await (await request.response())?.body();
    if (body) files.set(file, /\.(js|json|txt)$/.test(file) ? gzipSync(body).length : body.length);
  }
  return { bytes: [...files.values()].reduce((n, b) => n + b, 0), files: files.size };
}

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/**
 * Search figures for a built site: the index on disk; for a first search from an empty cache, the
 * bytes fetched until the first results are on screen and until every filter count is filled in
 * (the filter index loads after the results); warm keystroke-to-results.
 */
export async function searchFigures(dist: string, label: string): Promise<void> {
  const indexBytes = walk(join(dist, 'pagefind')).filter((f) => !/pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(f)).reduce((n, f) => n + statSync(f).size, 0);
  console.log(`search index on disk, ${label}: ${kb(indexBytes)} (${dist}/pagefind without the unused UI bundles)`);
  const served = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    for (const word of ['trafficking', 'Karachi']) {
      const page = await browser.newPage();
      await page.goto(`${served.origin}/search/`, { waitUntil: 'networkidle' });
      // Every request in the order the browser sent it, and how many there were when the first
      // results were on screen: the page's body says so (data-search-state), watched in the page
      // and reported at once, so the other shards, searched after that, are not counted as first.
      const requests: Request[] = [];
      page.on('request', (request) => { if (request.url().includes('/pagefind/')) requests.push(request); });
      let atFirst: number | undefined;
      await page.exposeFunction('palermoBenchShown', () => { atFirst ??= requests.length; });
      const run = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
      await page.evaluate((n) => {
        new MutationObserver((_, observer) => {
          if (document.body.dataset['searchState'] !== 'done' || Number(document.body.dataset['searchRun']) <= n) return;
          observer.disconnect();
          (window as unknown as { palermoBenchShown: () => void }).palermoBenchShown();
        }).observe(document.body, { attributes: true, attributeFilter: ['data-search-state', 'data-search-run'] });
      }, run);
      await page.locator('#q').fill(word);
      await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n && document.body.dataset['searchState'] === 'done', run);
      await page.waitForFunction(() => document.body.dataset['facetsState'] === 'done');
      await page.waitForTimeout(200);
      const firstResults = await fetchedBytes(requests.slice(0, atFirst));
      const total = await fetchedBytes(requests);
      console.log(`first search for "${word}", ${label}: ${kb(firstResults.bytes)} to the first results (${firstResults.files} files), ${kb(total.bytes)} with every filter count (${total.files} files), as served compressed (JS and text gzipped; index files are compressed by Pagefind; a file fetched again, as the WebAssembly by each shard, is counted once: it comes from the browser's cache)`);
      if (word === 'Karachi') {
        const times: number[] = [];
        for (const next of ['victims', 'Libya', 'scam compounds', 'organ removal', 'Blue Heart']) {
          const before = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
          await page.locator('#q').fill(next.slice(0, -1));
          await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n && document.body.dataset['facetsState'] === 'done', before);
          await page.waitForTimeout(120);
          const started = await page.evaluate(() => performance.now());
          const mid = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
          await page.locator('#q').press(next.slice(-1));
          await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n && document.body.dataset['searchState'] === 'done', mid);
          const ended = await page.evaluate(() => performance.now());
          times.push(ended - started);
        }
        console.log(`warm search, ${label}, last keystroke to results rendered (a keystroke searches at once, no timer): median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

