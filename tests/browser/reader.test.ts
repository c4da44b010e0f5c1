// The reader in a real browser (headless Chromium) against the built site on localhost.
import { mkdirSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useSiteBrowser } from '../helpers/site-browser';

const PAGE_KINDS: [string, string][] = [
  ['home', '/'],
  ['reports', '/reports/'],
  ['report', '/reports/cop12-2024/'],
  ['report-with-notes', '/reports/cop10-2020/'],
  ['session', '/sessions/cop8/'],
  ['sessions', '/sessions/'],
  ['about', '/about/'],
  ['countries', '/countries/'],
  ['country', '/countries/nga/'],
  ['programmes', '/programmes/'],
  ['programme', '/programmes/glo-act/'],
  ['organizations', '/organizations/'],
  ['organization', '/organizations/unodc/'],
  ['references', '/references/'],
  ['data', '/data/'],
  ['themes', '/themes/'],
  ['theme', '/themes/protection-of-victims/'],
  ['conclusions', '/conclusions/'],
  ['figures', '/figures/'],
  ['figure', '/figures/parties/'],
  ['search', '/search/?q=scam+compounds'],
  ['not-found', '/no-such-page/'],
];

const site = useSiteBrowser();
const open = site.open;
const served = { get origin() { return site.origin(); } };
// The site's own address (astro.config.mjs), which the built citation files name.
const PUBLIC_SITE = 'https://palermo-record.example.org';

describe('a paragraph link', () => {
  test('opens /reports/cop12-2024/#para-42 with ¶42 in view, highlighted, below the sticky header', async () => {
    const { context, page } = await open('/reports/cop12-2024/#para-42');
    const para = page.locator('#para-42');
    await expect.poll(() => para.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await para.boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y).toBeLessThan(900);
    const background = await para.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  test('a sub-paragraph anchor lands too (#para-139-d-iv)', async () => {
    const { context, page } = await open('/reports/ga74-2019/#para-139-d-iv');
    const box = (await page.locator('#para-139-d-iv').boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(900);
    await context.close();
  });
});

const COP = 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
const SECRETARIAT_TITLE =
  '“Activities of the United Nations Office on Drugs and Crime to promote and support the implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime”';

describe('copy link and cite', () => {
  test('put the paragraph URL and a citation on the clipboard, show the citation, and confirm', async () => {
    const { context, page } = await open('/reports/cop12-2024/#para-42');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.getByRole('button', { name: 'Copy link: para. 42', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${served.origin}/reports/cop12-2024/#para-42`);
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link copied');

    const cite = page.getByRole('button', { name: 'Cite: para. 42', exact: true });
    await cite.click();
    const expected = `Report of the Secretariat to the ${COP}, twelfth session, ${SECRETARIAT_TITLE}, ` +
      `item 2 (b) of the provisional agenda (CTOC/COP/2024/1), 23 July 2024, para. 42. ${served.origin}/reports/cop12-2024/#para-42`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Citation copied');
    // The reader sees what was copied, under the paragraph, and can close it.
    const panel = page.getByRole('group', { name: 'Citation of para. 42' });
    expect(await panel.locator('.cite-text').textContent()).toBe(expected);
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('#para-42 .cite-panel').count()).toBe(1);
    expect(await cite.getAttribute('aria-expanded')).toBe('true');
    // The paragraph's record and the report's, for reference managers, one click away.
    const lines = await panel.locator('.cite-formats').allTextContents();
    expect(lines).toEqual(['This paragraph: BibTeX · RIS · CSL-JSON', 'The whole report: BibTeX · RIS · CSL-JSON']);
    const formats = await panel.locator('.cite-formats').nth(1).locator('a').evaluateAll((links) => links.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(formats).toEqual([
      ['BibTeX', `${served.origin}/reports/cop12-2024/cite.bib`], ['RIS', `${served.origin}/reports/cop12-2024/cite.ris`], ['CSL-JSON', `${served.origin}/reports/cop12-2024/cite.json`],
    ]);
    for (const [, href] of formats) expect((await page.request.get(href!)).status()).toBe(200);
    await page.keyboard.press('Escape');
    expect(await page.locator('.cite-panel').count()).toBe(0);
    expect(await cite.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  test('cite a sub-paragraph of the General Assembly report: its own symbol, the agenda labelled as such', async () => {
    const { context, page } = await open('/reports/ga74-2019/#para-139-d-iv');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.getByRole('button', { name: 'Cite: para. 139 (d) (iv)', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Report of the Secretary-General to the General Assembly, seventy-fourth session, ' +
        '“Improving the coordination of efforts against trafficking in persons”, A/74/127, ' +
        `item 108 of the preliminary list (A/74/50), 18 June 2019, para. 139 (d) (iv). ${served.origin}/reports/ga74-2019/#para-139-d-iv`,
    );
    // The sub-paragraph's own record, in each format, parses back to the report's title, issuer
    // and date, with the sub-paragraph's address and pinpoint.
    const line = page.locator('.cite-panel .cite-formats').first();
    for (const [name, ext] of [['BibTeX', 'bib'], ['RIS', 'ris'], ['CSL-JSON', 'json']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), line.getByRole('link', { name, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`ga74-2019-para-139-d-iv.${ext}`);
      const text = readFileSync((await download.path())!, 'utf8');
      const [record] = new Cite(text).data as Record<string, any>[];
      expect(record, name).toMatchObject({ title: 'Improving the coordination of efforts against trafficking in persons', URL: `${PUBLIC_SITE}/reports/ga74-2019/#para-139-d-iv` });
      expect(record!.issued['date-parts'][0].slice(0, 3)).toEqual([2019, 6, 18]);
      expect(record!.note).toMatch(/^para\. 139 \(d\) \(iv\)\. Item 108 of the preliminary list/);
      expect((record!.author ?? []).map((a: { literal?: string; family?: string }) => a.literal ?? a.family)).toEqual(['United Nations Secretary-General']);
      if (ext === 'bib') expect(text).toMatch(/^@techreport\{ga74_2019_para_139_d_iv,$/m);
    }
    await context.close();
  });

  test('the 2016 report, which has no cover, cites what it has, the supplied year in brackets, and says why', async () => {
    const { context, page } = await open('/reports/cop8-2016/#para-3-c');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.getByRole('button', { name: 'Cite: para. 3 (c)', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Report to the ${COP}, eighth session, [2016], para. 3 (c). ${served.origin}/reports/cop8-2016/#para-3-c`,
    );
    expect(await page.locator('.cite-panel .cite-basis').textContent()).toBe(
      'In citations, [2016] is supplied by this edition: the source gives no date of distribution; ' +
        '2016 is the year of the eighth session (public record: it met from 17 October 2016).',
    );
    expect(await page.locator('.metadata').textContent()).toContain('has no cover page');
    await context.close();
  });

  test.each([
    ['cop6-2012', 'para-12', `Report of the Secretariat to the ${COP}, sixth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2012/1), 29 June 2012, para. 12.`],
    ['cop10-2020', 'para-70', `Report of the Secretariat to the ${COP}, tenth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2020/1), 20 July 2020, para. 70.`],
  ])('the citation of %s #%s on the clipboard', async (slug, anchor, expected) => {
    const { context, page } = await open(`/reports/${slug}/#${anchor}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.locator(`#${anchor} > p > .para-tools button`, { hasText: 'Cite' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${expected} ${served.origin}/reports/${slug}/#${anchor}`);
    await context.close();
  });
});

describe('copying the text', () => {
  test('a selection across two paragraphs copies their text as it reads, without the controls', async () => {
    const { context, page } = await open('/reports/cop8-2016/#para-2');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await page.locator('#para-2 .para-tools').waitFor();
    await page.locator('#para-1 .para-tools').waitFor();
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById('para-1')!);
      range.setEndAfter(document.getElementById('para-2')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^1\. The present report seeks to inform the Conference of the Parties/);
    expect(copied).toMatch(/\n+2\. The Trafficking in Persons Protocol has a total of 169 parties\./);
    expect(copied).not.toMatch(/Copy link|Cite/);
    await context.close();
  });
});

describe('keyboard only', () => {
  test('skip link first, then header, table of contents, and each paragraph with its controls', async () => {
    const { context, page } = await open('/reports/cop12-2024/');
    const focused = async () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40)}`;
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Skip to content');
    const order: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    const index = (prefix: string) => order.findIndex((entry) => entry.startsWith(prefix));
    expect(index('a:Reports')).toBeGreaterThanOrEqual(0);
    expect(index('input:')).toBeGreaterThan(index('a:Reports'));
    expect(index('summary:Contents')).toBeGreaterThan(index('input:'));
    expect(index('a:I. Introduction')).toBeGreaterThan(index('summary:Contents'));
    const firstParagraph = order.indexOf('a:1.'); // the number link of ¶1, not a "1. …" heading in the contents
    expect(firstParagraph).toBeGreaterThan(index('a:I. Introduction'));
    // Then the paragraph's own links (mentions), its controls, and only then paragraph 2.
    const copy = order.indexOf('button:Copy link: para. 1');
    expect(copy).toBeGreaterThan(firstParagraph);
    expect(order[copy + 1]).toBe('button:Cite: para. 1');
    expect(order.indexOf('a:2.')).toBeGreaterThan(copy + 1);
    await context.close();
  });

  test('the skip link moves focus to the main content', async () => {
    const { context, page } = await open('/reports/cop12-2024/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('focus on a footnote reference shows the note, Escape hides it', async () => {
    const { context, page } = await open('/reports/cop10-2020/');
    await page.locator('#fnref-4').focus();
    await expect.poll(() => page.locator('.fn-preview').textContent()).toContain('General Assembly resolution 73/195, annex, para. 26 (b).');
    await page.keyboard.press('Escape');
    expect(await page.locator('.fn-preview').count()).toBe(0);
    await context.close();
  });
});

describe('footnote previews', () => {
  test('hover and focus add the preview to the reference description and give the original back', async () => {
    const { context, page } = await open('/reports/cop10-2020/');
    const ref = page.locator('#fnref-4');
    const original = await ref.getAttribute('aria-describedby');
    expect(original).toBe('footnotes-label');
    await ref.hover();
    expect(await ref.getAttribute('aria-describedby')).toBe('footnotes-label fn-preview');
    await page.mouse.move(0, 0);
    expect(await ref.getAttribute('aria-describedby')).toBe('footnotes-label');
    await ref.focus();
    expect(await ref.getAttribute('aria-describedby')).toBe('footnotes-label fn-preview');
    await page.keyboard.press('Escape');
    expect(await ref.getAttribute('aria-describedby')).toBe('footnotes-label');
    await ref.focus();
    await page.locator('#fnref-5').focus();
    expect(await ref.getAttribute('aria-describedby')).toBe('footnotes-label');
    await context.close();
  });
});

// Hashes and queries a hostile or careless link can carry: none may throw on any page.
const HOSTILE_HASHES = ['#para-%', '#%', '#%E0%A4%A', '#para-12%ZZ', '#"><img src=x onerror=alert(1)>', '#' + 'a'.repeat(5000), '#fn-%', '#para-0', '#para-999999999999999999999'];
const HOSTILE_QUERIES = ['?q=%', '?highlight=%E0%A4%A', '?highlight=(((((', '?highlight=' + '*'.repeat(300), '?q=<script>alert(1)</script>&session=%', '?sort=%&year=%ZZ&country=../../etc'];

describe.each(PAGE_KINDS)('%s page (%s) under hostile hashes and queries', (_, path) => {
  test('throws no error and still opens the contents and tracks sections', async () => {
    const errors: string[] = [];
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${error.message}`));
    const base = path.split(/[?#]/)[0]!;
    for (const suffix of [...HOSTILE_HASHES, ...HOSTILE_QUERIES, ...HOSTILE_QUERIES.map((q, i) => q + HOSTILE_HASHES[i % HOSTILE_HASHES.length])]) {
      await page.goto(served.origin + base + suffix, { waitUntil: base === '/search/' ? 'networkidle' : 'load' });
      await page.waitForTimeout(30);
      if (base.startsWith('/reports/') && base !== '/reports/') {
        expect(await page.locator('.report-toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      }
    }
    if (base.startsWith('/reports/') && base !== '/reports/') {
      await page.goto(`${served.origin}${base}#para-%`, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      await expect.poll(() => page.locator('.report-toc a[aria-current="true"]').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe.each(PAGE_KINDS)('%s page (%s)', (name, path) => {
  test.each(['light', 'dark'] as const)('axe-core finds no violations (%s)', async (colorScheme) => {
    const { context, page } = await open(path, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('has no horizontal scroll at 375 px and makes only same-origin requests', async () => {
    const context = await site.browser().newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(served.origin + path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(requests.filter((url) => !url.startsWith(served.origin) && !url.startsWith('data:'))).toEqual([]);
    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: `test-output/screenshots/${name}-375.png`, fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `test-output/screenshots/${name}-1280.png`, fullPage: false });
    await context.close();
  });
});

test('a printed report keeps metadata, headings, numbers and notes, and drops navigation', async () => {
  const { context, page } = await open('/reports/cop10-2020/');
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.site-header', '.report-toc', '.pager', '.site-footer'].map((s) => getComputedStyle(document.querySelector(s)!).display),
  );
  expect(hidden).toEqual(['none', 'none', 'none', 'none']);
  const shown = await page.evaluate(() =>
    ['.metadata', '#para-4', '.footnotes', 'h2'].map((s) => getComputedStyle(document.querySelector(s)!).display),
  );
  expect(shown.every((d) => d !== 'none')).toBe(true);
  const tools = await page.evaluate(() => getComputedStyle(document.querySelector('.para-tools')!).display);
  expect(tools).toBe('none');
  mkdirSync('test-output', { recursive: true });
  await page.pdf({ path: 'test-output/report-print.pdf', format: 'A4' });
  await context.close();
});
