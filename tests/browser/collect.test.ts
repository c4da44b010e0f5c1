// Collecting paragraphs: Copy link and Cite on each listed paragraph (entity pages, search
// results) and "Copy this list" as Markdown, labels naming the year.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();
const clipboard = async (open: Awaited<ReturnType<typeof site.open>>) => {
  await open.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin() });
  return () => open.page.evaluate(() => navigator.clipboard.readText());
};

describe('an entity page', () => {
  test('each mention has Copy link and Cite; the list copies as Markdown with year-labelled links', async () => {
    const opened = await site.open('/countries/npl/');
    const read = await clipboard(opened);
    const { page } = opened;
    const items = page.locator('.mention-list li');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    const first = items.first();
    const label = (await first.locator('a.mention-para').textContent())!;
    expect(label).toMatch(/^\d{4} · para\. \d+$/);
    const href = await first.locator('a.mention-para').evaluate((a) => (a as HTMLAnchorElement).href);
    await first.getByRole('button', { name: `Copy link: ${label}` }).click();
    expect(await read()).toBe(href);
    await first.getByRole('button', { name: `Cite: ${label}` }).click();
    const cited = await read();
    expect(cited).toMatch(new RegExp(`^Report of the Secretar(?:iat|y-General) to the .*, para\\. ${label.split('para. ')[1]}\\. ${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await page.getByRole('button', { name: 'Copy this list' }).click();
    const lines = (await read()).trim().split('\n');
    expect(lines[0]).toBe('Nepal');
    const entries = lines.filter((l) => l.startsWith('- '));
    expect(entries).toHaveLength(count);
    expect(entries[0]).toMatch(/^- \[\d{4} · para\. \d+\]\(http:\/\/127\.0\.0\.1:\d+\/reports\/[a-z0-9-]+\/#para-\d+\): \S/);
    await opened.context.close();
  });
});

describe('search results', () => {
  test('a result can be linked and cited without the highlight, and the results copy as a list', async () => {
    const opened = await site.open('/search/?q=Karachi');
    const read = await clipboard(opened);
    const { page } = opened;
    await page.waitForFunction(() => document.body.dataset['searchState'] === 'done' && document.querySelector('#search-results li'));
    const first = page.locator('#search-results li').first();
    await first.getByRole('button', { name: /^Copy link: / }).click();
    const url = await read();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reports\/[a-z0-9-]+\/#para-\d+$/);
    await first.getByRole('button', { name: /^Cite: / }).click();
    expect(await read()).toMatch(new RegExp(`, para\\. \\d+\\. ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await page.getByRole('button', { name: 'Copy this list' }).click();
    const list = await read();
    expect(list.startsWith('Search results\n\n- [')).toBe(true);
    expect(list).not.toContain('highlight=');
    await opened.context.close();
  });

  test('all results download as CSV, more than are shown, in the columns of an entity\'s mentions.csv', async () => {
    const { context, page } = await site.open('/search/?q=trafficking&organization=unodc');
    await page.waitForFunction(() => document.body.dataset['searchState'] === 'done' && document.querySelector('#search-results li'));
    const shown = await page.locator('#search-results > li').count();
    const total = Number(/^(\d+) paragraphs/.exec((await page.locator('#search-status').textContent())!)![1]);
    expect(total).toBeGreaterThan(shown);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all results (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('search-results.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    const entity = readFileSync('dist/organizations/unodc/mentions.csv', 'utf8');
    expect(text.split('\n')[0]).toBe(entity.split('\n')[0]);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    // Every paragraph among the results (the organization's own page is in its own group, not counted).
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`${rows.length} paragraphs saved as CSV`);
    expect(rows.length).toBeGreaterThan(shown);
    expect(rows.length).toBe(total);
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.label).toBe(`${row.year} · para. ${row.paragraph}`);
      expect(row.url).toBe(`${site.origin()}/reports/${row.report}/#para-${row.paragraph}`);
      expect(row.report!.startsWith(`${row.session}-`)).toBe(true);
      expect(row.excerpt).not.toMatch(/<mark>|&amp;/);
    }
    // Every paragraph that names UNODC and says "trafficking" is one the entity's list has too.
    const listed = new Set((parse(entity, { columns: true }) as Record<string, string>[]).map((r) => `${r.report}#${r.paragraph}`));
    expect(rows.every((r) => listed.has(`${r.report}#${r.paragraph}`))).toBe(true);
    await context.close();
  });

  test('with no search there is nothing to copy', async () => {
    const { context, page } = await site.open('/search/');
    expect(await page.getByRole('button', { name: 'Copy this list' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download all results (CSV)' }).isVisible()).toBe(false);
    await context.close();
  });
});
