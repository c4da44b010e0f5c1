// Search in a real browser: known answers from the text, exact filters, the URL round trip,
// the landing highlight, and pages that never break.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { allResultLinks, lastRun, searchDone } from '../helpers/search-results';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();

interface MentionEntry { report: string; paragraph: number; countries: string[] }
const mentions = () => (JSON.parse(readFileSync('dist/data/mentions.json', 'utf8')) as { paragraphs: MentionEntry[] }).paragraphs;

/** Waits for a search after run `after` to settle and returns the result links (path + hash). */
async function results(page: Page, after = 0): Promise<string[]> {
  await searchDone(page, { after });
  return allResultLinks(page);
}

async function searchFor(path: string) {
  const { context, page } = await site.open(path);
  return { context, page, links: await results(page) };
}

describe('known answers from the text', () => {
  test('"Karachi" finds 2016 ¶53', async () => {
    const { context, links } = await searchFor('/search/?q=Karachi');
    expect(links).toContain('/reports/cop8-2016/#para-53');
    await context.close();
  });

  test('"Blue Heart" filtered to 2012 finds 2012 ¶32, and only 2012', async () => {
    const { context, links } = await searchFor('/search/?q=Blue+Heart&year=2012');
    expect(links).toContain('/reports/cop6-2012/#para-32');
    expect(links.every((l) => l.startsWith('/reports/cop6-2012/'))).toBe(true);
    await context.close();
  });

  test('"scam compounds" finds 2024 paragraphs in the 76–80 range first', async () => {
    const { context, links } = await searchFor('/search/?q=scam+compounds');
    const first = /^\/reports\/cop12-2024\/#para-(\d+)$/.exec(links[0] ?? '');
    expect(first).not.toBeNull();
    expect(Number(first![1])).toBeGreaterThanOrEqual(76);
    expect(Number(first![1])).toBeLessThanOrEqual(80);
    await context.close();
  });
});

describe('filters are exact at paragraph level', () => {
  test('a country filter keeps only paragraphs that mention the country (Libya, or Libyans)', async () => {
    const { context, links } = await searchFor('/search/?q=trafficking&country=lby');
    const libya = new Set(mentions().filter((m) => m.countries.includes('LBY')).map((m) => `/reports/${m.report}/#para-${m.paragraph}`));
    const paragraphs = links.filter((l) => l.startsWith('/reports/'));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const link of paragraphs) expect(libya, link).toContain(link);
    await context.close();
  });

  test('a session filter keeps only that session', async () => {
    const { context, links } = await searchFor('/search/?q=victims&session=cop10');
    expect(links.length).toBeGreaterThan(10);
    expect(links.every((l) => l.startsWith('/reports/cop10-2020/'))).toBe(true);
    await context.close();
  });

  test('choosing a filter in the form updates the URL, and Back restores the search', async () => {
    const { context, page } = await site.open('/search/?q=victims');
    const before = await results(page);
    let run = await lastRun(page);
    await page.locator('#filter-session input[value="cop12"]').check();
    expect(new URL(page.url()).searchParams.getAll('session')).toEqual(['cop12']);
    const after = await results(page, run);
    expect(after.every((l) => l.startsWith('/reports/cop12-2024/'))).toBe(true);
    run = await lastRun(page);
    await page.goBack();
    expect(await results(page, run)).toEqual(before);
    await context.close();
  });
});

test('the URL round trip: a search URL with filters gives the same results as the form', async () => {
  const { context, page } = await site.open('/search/');
  await page.locator('#q').fill('scam compounds');
  await page.locator('#q').press('Enter');
  await results(page);
  const run = await lastRun(page);
  await page.waitForFunction(() => document.body.dataset['facetsState'] === 'done');
  await page.locator('#filter-country input[value="mmr"]').check();
  const typed = await results(page, run);
  const url = page.url();
  expect(new URL(url).search).toBe('?q=scam+compounds&country=mmr');
  const again = await searchFor(new URL(url).pathname + new URL(url).search);
  expect(again.links).toEqual(typed);
  await again.context.close();
  await context.close();
});

test('typed key by key, the query searches as it is typed and ends on the results of the whole query, not of a word half typed', async () => {
  const { context, page } = await site.open('/search/');
  const run = await lastRun(page);
  await page.locator('#q').pressSequentially('Karachi');
  // Each keystroke searches at once, with no timer; the last one's search is the one left on screen.
  await page.waitForFunction(() => document.body.dataset['searchState'] === 'done' && /Karachi/.test(document.querySelector('#search-status')?.textContent ?? ''));
  expect(await lastRun(page)).toBeGreaterThan(run + 1);
  expect(new URL(page.url()).searchParams.get('q')).toBe('Karachi');
  expect(await allResultLinks(page)).toContain('/reports/cop8-2016/#para-53');
  await context.close();
});

test('the header search field lands on the search page with the query run', async () => {
  const { context, page } = await site.open('/reports/');
  await page.locator('#site-search-q').fill('Karachi');
  await page.locator('#site-search-q').press('Enter');
  await page.waitForURL(/\/search\/\?q=Karachi/);
  expect(await results(page)).toContain('/reports/cop8-2016/#para-53');
  await context.close();
});

test('clicking a result opens the paragraph in view, highlighted, with the terms marked', async () => {
  const { context, page } = await site.open('/search/?q=scam+compounds');
  await results(page);
  await page.locator('#search-results a').first().click();
  // The words marked in the result, as printed there, are the words the landing page marks.
  await page.waitForURL(/\/reports\/cop12-2024\/\?highlight=[^#]*scam[^#]*#para-/i);
  const id = new URL(page.url()).hash.slice(1);
  const para = page.locator(`#${id}`);
  await expect.poll(() => para.evaluate((el) => el.matches(':target'))).toBe(true);
  const box = (await para.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(900);
  const marked = await para.locator('mark.search-term').allTextContents();
  expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['scam', 'compounds']));
  await context.close();
});

describe('the page never breaks', () => {
  test.each([
    ['no results', '/search/?q=xyzzyqqq', 'No results: no paragraph contains “xyzzyqqq”.'],
    ['no results within a filter', '/search/?q=Karachi&session=cop12', 'Try removing a filter'],
    ['an unmatched quote', '/search/?q=%22scam', 'paragraphs'],
    ['punctuation', '/search/?q=%3C%2Fscript%3E%27%22%29%28', 'No results'],
    ['only punctuation', '/search/?q=%27%22%29%28', 'Type words to find'],
    ['very long input', `/search/?q=${'trafficking%20'.repeat(60)}`, 'paragraphs'],
  ])('%s', async (_name, path, message) => {
    const { context, page } = await site.open(path);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await results(page);
    expect(await page.locator('#search-status').textContent()).toContain(message);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the result count is announced in a live region', async () => {
    const { context, page } = await site.open('/search/?q=Karachi');
    await results(page);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ paragraphs? for “Karachi”/);
    await context.close();
  });

  test('without JavaScript the page says so and links to the indexes', async () => {
    const { context, page } = await site.open('/search/?q=Karachi', { javaScriptEnabled: false });
    const text = await page.locator('main').textContent();
    expect(text).toContain('needs JavaScript');
    expect(await page.locator('main a[href="/countries/"]').count()).toBe(1);
    await context.close();
  });

  test('axe-core finds no violations with results and filters shown', async () => {
    const { context, page } = await site.open('/search/?q=victims&country=lby');
    await results(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('keyboard only: the query field, order, filters and results are reachable in order, and the filters can be skipped', async () => {
    const { context, page } = await site.open('/search/?q=Karachi');
    await results(page);
    await page.waitForFunction(() => document.body.dataset['facetsState'] === 'done');
    await page.locator('#q').focus();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.id || (el instanceof HTMLInputElement ? `${el.name}=${el.value}` : el?.className || el?.tagName || '');
    });
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    // Search, Order, the skip link, the Filters fold, then the first session's checkbox.
    expect(order.slice(0, 5)).toEqual(['BUTTON', 'sort', 'skip-filters', 'filters-summary', 'session=cop6']);
    await page.locator('#q').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    const run = await lastRun(page);
    await page.keyboard.press('Enter'); // the skip link
    await page.waitForFunction(() => document.activeElement?.id === 'search-main');
    await page.waitForTimeout(200);
    expect(await lastRun(page)).toBe(run); // moving within the page runs no new search
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await context.close();
  });
});

describe('a search that finds nothing for an entity in a year says when it is mentioned', () => {
  test('the Voluntary Trust Fund in 2024: last mentioned in 2019, linked to that search', async () => {
    const { context, page } = await site.open('/search/?programme=voluntary-trust-fund&year=2024');
    expect(await results(page)).toEqual([]);
    const hint = page.locator('#search-hint');
    expect(await hint.textContent()).toBe('United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children is not mentioned in 2024; it was last mentioned in 2019.');
    await Promise.all([page.waitForURL(/year=2019/), hint.getByRole('link', { name: '2019' }).click()]);
    const links = await results(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/reports/ga74-2019/'))).toBe(true);
    await context.close();
  });

  test('Nigeria in 2016: next mentioned in 2019; a filtered search that finds something says nothing more', async () => {
    const { context, page } = await site.open('/search/?country=nga&year=2016');
    await results(page);
    expect(await page.locator('#search-hint').textContent()).toBe('Nigeria is not mentioned in 2016; it is next mentioned in 2019.');
    await page.goto(`${site.origin()}/search/?country=nga&year=2019`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('#search-hint').isVisible()).toBe(false);
    await context.close();
  });
});
