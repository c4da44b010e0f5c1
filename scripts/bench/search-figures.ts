// The search figures of the bench for one built site: the index on disk; for a first search from
// an empty cache, the bytes fetched until the first results are on screen and until every filter
// count is filled in; warm keystroke-to-results. Run on the 5-report site and on the --scale copy.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/helpers/browser';
import { serveDist } from '../../tests/helpers/serve-dist';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
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
      const bodies: Promise<{ raw: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        if (!response.url().includes('/pagefind/')) return;
        bodies.push(response.body().then((body) => ({ raw: body.length, gzip: /\.(js|json|txt)$/.test(response.url()) ? gzipSync(body).length : body.length })));
      });
      const run = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
      await page.locator('#q').fill(word);
      await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n && document.body.dataset['searchState'] === 'done', run);
      const firstResults = (await Promise.all(bodies.slice())).reduce((n, r) => n + r.gzip, 0);
      const atFirst = bodies.length;
      await page.waitForFunction(() => document.body.dataset['facetsState'] === 'done');
      await page.waitForTimeout(200);
      const all = await Promise.all(bodies);
      const total = all.reduce((n, r) => n + r.gzip, 0);
      console.log(`first search for "${word}", ${label}: ${kb(firstResults)} to the first results (${atFirst} requests), ${kb(total)} with every filter count (${all.length} requests), as served compressed (JS and text gzipped; index files are compressed by Pagefind)`);
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
        console.log(`warm search, ${label}, last keystroke to results rendered (50 ms debounce included): median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

