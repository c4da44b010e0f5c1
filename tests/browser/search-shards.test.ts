// The search index in shards (a large corpus's layout, src/lib/search/shards.ts), tried on the
// same five reports built with shards of 100 paragraphs: every search finds and counts exactly
// what the one-shard index of dist/ does, newer reports come first, a first search loads only the
// shards that can hold a result, and Show more and Back reach across shards.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildShardedSite, SHARDED_DIST } from '../helpers/build-sharded';
import { allResultLinks, lastRun, searchDone } from '../helpers/search-results';
import { useSiteBrowser } from '../helpers/site-browser';

beforeAll(buildShardedSite, 300_000);
const sharded = useSiteBrowser(SHARDED_DIST);
const single = useSiteBrowser();

interface Manifest { shards: { path: string; sessions: string[]; paragraphs: number; entities: number }[] }
const manifest = () => JSON.parse(readFileSync(`${SHARDED_DIST}/pagefind/shards.json`, 'utf8')) as Manifest;

/** What a settled search shows: its status's count, every result and every filter count. */
async function outcome(page: Page) {
  await searchDone(page, { counts: true });
  const links = await allResultLinks(page);
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const facets = await page.locator('.facet li').allTextContents();
  const entities = await page.locator('#entity-results-list a').allTextContents();
  return { count: /(\d+) paragraphs?/.exec(status)?.[1] ?? (status.startsWith('No results') ? '0' : status), links: [...links].sort(), facets, entities: [...entities].sort() };
}

test('the build wrote several shards, every paragraph in one, and one WebAssembly file for all', () => {
  const { shards } = manifest();
  expect(shards.length).toBeGreaterThanOrEqual(4);
  const paragraphs = (JSON.parse(readFileSync('dist/data/paragraphs.json', 'utf8')) as { paragraphs: unknown[] }).paragraphs.length;
  expect(shards.reduce((n, s) => n + s.paragraphs, 0)).toBe(paragraphs);
  expect(shards[0]!.sessions).toEqual(['cop12']); // newest first
  expect(shards.slice(1).every((s) => s.entities === 0)).toBe(true);
  const entry = JSON.parse(readFileSync(`${SHARDED_DIST}/pagefind/${shards[1]!.path}pagefind-entry.json`, 'utf8')) as { languages: { en: { wasm: string } } };
  expect(new URL(`wasm.${entry.languages.en.wasm}.pagefind`, `http://x/pagefind/${shards[1]!.path}`).pathname).toBe('/pagefind/wasm.en.pagefind');
});

describe('a sharded search finds and counts what the one-shard search does', () => {
  test.each([
    'q=trafficking',
    'q=Karachi',
    'q=victim+centered',
    'q=trafficking&country=nga&country=npl',
    'q=trafficking&session=cop6&session=cop12',
    'q=Blue+Heart&year=2012',
    'session=cop8&organization=iom',
    'q=asistance',
    'q=%22national+referral+mechanism%22&sort=date-asc',
  ])('/search/?%s', async (query) => {
    const a = await single.open(`/search/?${query}`);
    const b = await sharded.open(`/search/?${query}`);
    const [one, many] = await Promise.all([outcome(a.page), outcome(b.page)]);
    expect(many).toEqual(one);
    await a.context.close();
    await b.context.close();
  });
});

test('newer reports first: the first page of “trafficking” is the 2024 report, and the status says so', async () => {
  const { context, page } = await sharded.open('/search/?q=trafficking');
  await searchDone(page, { counts: true });
  const titles = await page.locator('#search-results h2 a').allTextContents();
  expect(titles.length).toBe(20);
  expect(titles.every((t) => t.startsWith('2024 ·'))).toBe(true);
  expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ paragraphs for “trafficking”\. Newer reports come first, and within them the best matches\.$/);
  await context.close();
});

test('a first search loads only the shards that can hold a result: “Karachi” only the 2016 one', async () => {
  const { context, page } = await sharded.open('/search/');
  const loaded: string[] = [];
  page.on('request', (r) => { if (/\.pf_(meta|index|fragment)$/.test(r.url())) loaded.push(new URL(r.url()).pathname); });
  const shard = manifest().shards.findIndex((s) => s.sessions.includes('cop8'));
  const before = await lastRun(page);
  await page.locator('#q').fill('Karachi');
  await searchDone(page, { after: before });
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((path) => !path.startsWith(`/pagefind/s${shard}/`))).toEqual([]);
  await context.close();
});

test('Show more and Back reach across shards: 100 results loaded come back after Back', async () => {
  const { context, page } = await sharded.open('/search/?q=trafficking');
  await searchDone(page, { counts: true });
  const more = page.locator('#search-more');
  while ((await page.locator('#search-results > li').count()) < 100) {
    const n = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, n);
  }
  const titles = await page.locator('#search-results h2 a').allTextContents();
  expect(titles.slice(90, 100).some((t) => t.startsWith('2020 ·'))).toBe(true); // past the 2024 shard
  const target = page.locator('#search-results > li').nth(95).locator('h2 a');
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // the scroll position is saved a moment after scrolling stops
  const scrollY = await page.evaluate(() => window.scrollY);
  await target.click();
  await page.waitForURL(/\/reports\//);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length >= 100 && document.body.dataset['searchState'] === 'done');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(50);
  expect(await page.locator('#search-results h2 a').allTextContents()).toEqual(expect.arrayContaining(titles));
  await context.close();
});

test('a shard that fails to load after the first results: the page says so, and the search does not hang', async () => {
  const { context, page } = await sharded.open('/search/');
  const oldest = manifest().shards.length - 1;
  await page.route(`**/pagefind/s${oldest}/**`, (route) => route.abort());
  const before = await lastRun(page);
  await page.locator('#q').fill('trafficking');
  await searchDone(page, { after: before });
  expect(await page.locator('#search-results h2 a').count()).toBe(20);
  await page.waitForFunction(() => document.body.dataset['facetsState'] === 'done');
  expect(await page.locator('#search-status').textContent()).toBe('The search index could not be loaded. Browse the reports instead.');
  await context.close();
});
