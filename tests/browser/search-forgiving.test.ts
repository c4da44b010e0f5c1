// Search that forgives and explains (issue 13), in a real browser: suggestions for words no
// paragraph contains, British and American spellings and hyphenations finding the same
// paragraphs, several values per filter, paragraphs before entity pages, the section of each
// result, the phone layout, and Back or reload keeping the place.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { allResultLinks, searchDone } from '../helpers/search-results';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();

interface ParagraphRow { report: string; paragraph: number; text: string; sectionPath: string[] }
const paragraphs = () => (JSON.parse(readFileSync('dist/data/paragraphs.json', 'utf8')) as { paragraphs: ParagraphRow[] }).paragraphs;
const mentions = () => (JSON.parse(readFileSync('dist/data/mentions.json', 'utf8')) as { paragraphs: { report: string; paragraph: number; countries: string[] }[] }).paragraphs;
const link = (p: { report: string; paragraph: number }) => `/reports/${p.report}/#para-${p.paragraph}`;

const settled = (page: Page) => searchDone(page, { counts: true });

/** Every paragraph result (path + hash), after the search and its counts are done and all are loaded. */
async function allResults(page: Page): Promise<string[]> {
  await settled(page);
  return allResultLinks(page);
}

async function search(path: string) {
  const { context, page } = await site.open(path);
  return { context, page, links: await allResults(page) };
}

describe('a word no paragraph contains is named, and the nearest word suggested', () => {
  test.each([
    ['trafiking', 'trafficking'],
    ['traficking', 'trafficking'],
    ['protecion', 'protection'],
    ['asistance', 'assistance'],
  ])('%s: no results, “Did you mean %s?”, and the link runs it', async (typo, word) => {
    const { context, page, links } = await search(`/search/?q=${typo}`);
    expect(links).toEqual([]); // never the paragraphs of a shorter word ("as" for "asistance")
    expect(await page.locator('#search-status').textContent()).toBe(`No results: no paragraph contains “${typo}”.`);
    const suggestion = page.locator('#search-suggestion a');
    expect(await suggestion.textContent()).toBe(word);
    await suggestion.click();
    await page.waitForURL(new RegExp(`\\?q=${word}$`));
    expect((await allResults(page)).length).toBeGreaterThan(10);
    expect(await page.locator('#q').inputValue()).toBe(word);
    await context.close();
  });

  test('an unknown word beside a known one is named and left out; the suggestion keeps both', async () => {
    const { context, page, links } = await search('/search/?q=victim+asistance');
    const victim = await search('/search/?q=victim');
    expect(links).toEqual(victim.links);
    expect(await page.locator('#search-status').textContent()).toMatch(/^No paragraph contains “asistance”, so it was left out\. \d+ paragraphs for “victim”\.$/);
    expect(await page.locator('#search-suggestion a').textContent()).toBe('victim assistance');
    await victim.context.close();
    await context.close();
  });

  test('when the vocabulary cannot be loaded, the words are searched as typed, none called missing', async () => {
    const { context, page } = await site.open('/about/');
    await page.route('**/pagefind/words/**', (route) => route.abort());
    await page.goto(`${site.origin()}/search/?q=trafficking+protection`);
    expect((await allResults(page)).length).toBeGreaterThan(10);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ paragraphs for “trafficking protection”\.$/);
    await context.close();
  });

  test('a correct word gets no suggestion', async () => {
    const { context, page } = await search('/search/?q=trafficking+protection');
    expect(await page.locator('#search-suggestion').isVisible()).toBe(false);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ paragraphs for “trafficking protection”\.$/);
    await context.close();
  });
});

describe('British and American spellings, and hyphenations, find the same paragraphs', () => {
  const containing = (pattern: RegExp) => new Set(paragraphs().filter((p) => pattern.test(p.text)).map(link));
  test.each([
    ['centred', 'centered', /\bcent(?:red|ered)\b/i],
    ['organisation', 'organization', /\borgani[sz]ation\b/i],
    ['labour', 'labor', /\blabou?r\b/i],
    ['counselling', 'counseling', /\bcounsel+ing\b/i],
    ['data-collection', 'data collection', /\bdata[- ]collection\b/i],
    ['south-east', 'southeast', /\bsouth-?east\b/i],
    ['victim-centred', 'victim centered', /\bvictim-cent(?:red|ered)\b/i],
  ])('%s and %s', async (a, b, pattern) => {
    const truth = containing(pattern);
    expect(truth.size).toBeGreaterThan(0);
    for (const q of [a, b]) {
      const { context, links } = await search(`/search/?q=${encodeURIComponent(q)}`);
      for (const expected of truth) expect(links, `${q} finds ${expected}`).toContain(expected);
      await context.close();
    }
  });

  test('the excerpt marks the word as printed when the other spelling was searched', async () => {
    const { context, page } = await search('/search/?q=victim-centered');
    const marks = await page.locator('#search-results .excerpt mark').allTextContents();
    expect(marks.some((m) => /victim-centred/i.test(m))).toBe(true);
    expect(await page.locator('#search-results .excerpt').first().textContent()).not.toContain('centered');
    // …and the landing page is told the printed word, so it marks it in the paragraph.
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toMatch(/highlight=victim-centred/i);
    await context.close();
  });
});

describe('several values per filter: any within a filter, all filters at once', () => {
  test('?country=nga&country=npl keeps paragraphs that mention Nigeria or Nepal, both among them', async () => {
    const { context, page, links } = await search('/search/?q=trafficking&country=nga&country=npl');
    const byLink = new Map(mentions().map((m) => [link(m), m.countries]));
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(byLink.get(l)!.some((c) => c === 'NGA' || c === 'NPL'), l).toBe(true);
    expect(links.some((l) => byLink.get(l)!.includes('NGA'))).toBe(true);
    expect(links.some((l) => byLink.get(l)!.includes('NPL'))).toBe(true);
    expect(await page.locator('#filters-summary').textContent()).toBe('Filters (2)');
    expect(await page.locator('#filter-country input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(expect.arrayContaining(['npl', 'nga']));
    await context.close();
  });

  test('ticking a second value adds a repeated parameter, and AND holds across filters', async () => {
    const { context, page } = await site.open('/search/?q=victims&year=2019');
    const one = await allResults(page);
    await page.locator('#filter-year input[value="2024"]').check();
    await page.waitForURL(/year=2019&year=2024/);
    const two = await allResults(page);
    expect(two.length).toBeGreaterThan(one.length);
    expect(two.every((l) => l.startsWith('/reports/ga74-2019/') || l.startsWith('/reports/cop12-2024/'))).toBe(true);
    await page.locator('#filter-session input[value="cop12"]').check();
    await page.waitForURL(/session=cop12/);
    const both = await allResults(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((l) => l.startsWith('/reports/cop12-2024/'))).toBe(true);
    await context.close();
  });

  test('every filter list keeps all its values with counts, sessions and years in date order', async () => {
    const { context, page } = await search('/search/?q=victims&year=2024');
    const years = await page.locator('#filter-year label').allTextContents();
    expect(years.map((y) => y.trim().split(' ')[0])).toEqual(['2012', '2016', '2019', '2020', '2024']);
    for (const y of years) expect(y).toMatch(/\(\d+\)$/);
    expect(years.filter((y) => !/\(0\)$/.test(y)).length).toBe(5); // other years keep their counts
    const sessions = await page.locator('#filter-session input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(sessions).toEqual(['cop6', 'cop8', 'ga74', 'cop10', 'cop12']);
    // A country no 2024 paragraph about victims names is listed with 0, not dropped.
    expect(await page.locator('#filter-country label', { hasText: /\(0\)$/ }).count()).toBeGreaterThan(0);
    await context.close();
  });

  test('a filter chip removes its value', async () => {
    const { context, page } = await search('/search/?q=trafficking&country=nga&country=npl');
    await page.getByRole('button', { name: 'Remove filter: Nepal' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('country').join() === 'nga');
    expect(await page.locator('#filters-summary').textContent()).toBe('Filters (1)');
    await context.close();
  });
});

describe('paragraphs first; entity pages as their own group; each result with its section', () => {
  test('South-East Asia: the first results are paragraphs, the scam-compound paragraphs among the first ten', async () => {
    const { context, page, links } = await search('/search/?q=South-East+Asia');
    expect(links.every((l) => l.startsWith('/reports/'))).toBe(true);
    expect(links.slice(0, 10).some((l) => /^\/reports\/cop12-2024\/#para-(7[6-9]|80)$/.test(l))).toBe(true);
    const group = page.locator('#entity-results');
    expect(await group.locator('h2').textContent()).toMatch(/^Pages about countries, programmes and organizations/);
    // An entity page shows what it is about, never its list of other names.
    for (const text of await group.locator('.excerpt').allTextContents()) expect(text).not.toMatch(/Malaysians|\. [A-Z][a-z]+ns\./);
    await context.close();
  });

  test('UNODC: the page about UNODC leads the entity group', async () => {
    const { context, page } = await search('/search/?q=UNODC');
    expect(await page.locator('#entity-results h3 a').first().textContent()).toBe('United Nations Office on Drugs and Crime');
    await context.close();
  });

  test('each paragraph result shows its report, session, section heading path and number', async () => {
    const { context, page } = await search('/search/?q=Karachi');
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2').textContent()).toBe('2016 · Conference of the Parties to UNTOC, eighth session, para. 53');
    const row = paragraphs().find((p) => p.report === 'cop8-2016' && p.paragraph === 53)!;
    expect(await first.locator('.result-section').textContent()).toBe(row.sectionPath.join(' › '));
    await context.close();
  });

  test('victim protection in 2024: the section on protection and support of victims comes first', async () => {
    const { context, links } = await search('/search/?q=victim+protection&year=2024');
    expect(links.slice(0, 3)).toEqual(expect.arrayContaining(['/reports/cop12-2024/#para-85']));
    await context.close();
  });
});

describe('on a phone the first result comes first', () => {
  test('at 375 × 800 the first result title is on the first screen, the filters folded behind “Filters (n)”', async () => {
    const { context, page } = await site.open('/search/?q=trafficking&country=nga', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await settled(page);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#filters-summary').textContent()).toBe('Filters (1)');
    const title = (await page.locator('#search-results h2').first().boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('#filters-summary').click();
    expect(await page.locator('#filter-country input[value="nga"]').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Back and reload keep the place', () => {
  test('after “Show more results” and opening result 25, Back returns to it with 40 results loaded', async () => {
    const { context, page } = await site.open('/search/?q=trafficking');
    await settled(page);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 40);
    const target = page.locator('#search-results > li').nth(24).locator('h2 a');
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300); // the scroll position is saved a moment after scrolling stops
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    const href = await target.getAttribute('href');
    await target.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === href);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 40);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);
    // A reload keeps it too: the history entry holds both.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['searchState'] === 'done' && document.querySelectorAll('#search-results > li').length === 40);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
    await context.close();
  });
});
