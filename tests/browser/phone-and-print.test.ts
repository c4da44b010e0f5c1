// Reading on a phone and on paper, in a real browser: target sizes, share, the contents bar,
// a way past a section's links, wide tables, and what a printout carries (read back from
// Chromium's PDF with unpdf).
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();
const PHONE = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const CONTROLS = 'button, summary, input, select, .site-nav a, .report-toc a, .report-jump a, .pager a, .group-nav a';

/** Visible controls smaller than `min` px either way, as "selector-ish: w×h". */
async function smallControls(path: string, options: Parameters<typeof site.open>[1], min: number): Promise<string[]> {
  const { context, page } = await site.open(path, options);
  await page.waitForTimeout(200); // the paragraph tools are added in batches
  await page.evaluate(() => { const d = document.querySelector<HTMLDetailsElement>('.report-toc details'); if (d) d.open = true; });
  const small = await page.evaluate(({ selector, min }) => [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
    .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}": ${Math.round(box.width)}×${Math.round(box.height)}`),
  { selector: CONTROLS, min });
  await context.close();
  return small;
}

describe('target sizes', () => {
  test.each(['/reports/cop12-2024/', '/search/?q=victims', '/countries/', '/sessions/cop8/'])('on a touch screen every control of %s is at least 44 × 44 px', async (path) => {
    expect(await smallControls(path, PHONE, 44)).toEqual([]);
  });

  test.each(['/reports/cop12-2024/', '/search/?q=victims', '/countries/'])('with a mouse every control of %s is at least 24 × 24 px', async (path) => {
    expect(await smallControls(path, { viewport: { width: 1280, height: 900 } }, 24)).toEqual([]);
  });
});

describe('share and the address bar', () => {
  test('"Share" hands the paragraph to the Web Share API and names it in the address bar', async () => {
    const context = await site.browser().newContext(PHONE);
    await context.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => { (window as unknown as { shared: unknown[] }).shared.push(data); } });
    });
    const page = await context.newPage();
    await page.goto(`${site.origin()}/reports/cop12-2024/`);
    await page.getByRole('button', { name: 'Share: para. 42', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: expect.stringContaining('Activities of the United Nations Office'), text: 'para. 42', url: `${site.origin()}/reports/cop12-2024/#para-42` },
    ]);
    expect(await page.evaluate(() => location.hash)).toBe('#para-42');
    await context.close();
  });

  test('without the Web Share API there is no Share button; "Copy link" sets the address bar too', async () => {
    const { context, page } = await site.open('/reports/cop12-2024/?highlight=portal');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin() });
    expect(await page.getByRole('button', { name: 'Share: para. 5', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Copy link: para. 5', exact: true }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#para-5');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin()}/reports/cop12-2024/#para-5`);
    await context.close();
  });
});

describe('a long report on a phone', () => {
  test('a bar keeps Contents and Top at hand, and the end of the page is not hidden under it', async () => {
    const { context, page } = await site.open('/reports/cop12-2024/#para-60', PHONE);
    const bar = page.locator('.report-jump');
    expect(await bar.isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Contents', exact: true }).click();
    expect(await page.locator('.report-toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const toc = (await page.locator('.report-toc summary').boundingBox())!;
    expect(toc.y).toBeGreaterThanOrEqual(0);
    expect(toc.y).toBeLessThan(800);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const footer = (await page.locator('.site-footer').boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(footer.y + footer.height).toBeLessThanOrEqual(barBox.y + 1);
    await page.getByRole('link', { name: 'Top', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
    await context.close();
  });

  test('on a wide screen the bar is not shown (the contents are beside the text)', async () => {
    const { context, page } = await site.open('/reports/cop12-2024/');
    expect(await page.locator('.report-jump').isVisible()).toBe(false);
    await context.close();
  });

  test('keyboard: right after a heading, a link skips the section and its mention links', async () => {
    const { context, page } = await site.open('/reports/cop12-2024/');
    const skip = page.locator('#i-introduction + .skip-section');
    expect(await skip.getAttribute('href')).toBe('#ii-activities-to-assist-states-in-the-implementation-of-the-protocol');
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#ii-activities-to-assist-states-in-the-implementation-of-the-protocol');
    const sections = await page.locator('.report-body h2[id], .report-body h3[id]').count();
    expect(await page.locator('.report-body .skip-section').count()).toBe(sections);
    await context.close();
  });
});

test('a wide table at 375 px scrolls inside its own focusable frame, not the page', async () => {
  const { context, page } = await site.open('/countries/', PHONE);
  const wrap = page.locator('.table-wrap').first();
  const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, tabIndex: el.tabIndex, role: el.getAttribute('role') }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.tabIndex).toBe(0);
  expect(sizes.role).toBe('region');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

describe('printing', () => {
  test('the printout says what it is and lists links as numbered endnotes, not inline', async () => {
    const { context, page } = await site.open('/reports/cop12-2024/');
    await page.emulateMedia({ media: 'print' });
    const { text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Palermo Record');
    expect(text).toContain('https://palermo-record.example.org/reports/cop12-2024/');
    expect(text).toContain('Not an official United Nations publication');
    expect(text).toMatch(/Printed \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(text).toContain('Conference of the Parties to UNTOC, twelfth session · 2024 · 23 July 2024');
    expect(text).not.toMatch(/<https?:/);
    expect(text).toMatch(/Links 1\. ?CTOC\/COP\/WG\.4\/2023\/2: https:\/\/undocs\.org\/CTOC\/COP\/WG\.4\/2023\/2/);
    expect(text).toMatch(/CTOC\/COP\/WG\.4\/2024\/2 ?\[\d+\]/);
    // Back on screen, nothing of the printout is left in the page.
    expect(await page.locator('.print-endnote-ref, .print-endnotes').count()).toBe(0);
    await context.close();
  });

  test('"Print this section" prints that chapter alone', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => { window.print = () => undefined; });
    const page = await context.newPage();
    await page.goto(`${site.origin()}/reports/cop12-2024/`);
    const whole = await pdfText(await page.pdf({ format: 'A4' }));
    await page.getByRole('button', { name: 'Print this section: III. Conclusions' }).click();
    const part = await pdfText(await page.pdf({ format: 'A4' }));
    expect(part.text).toContain('III. Conclusions');
    expect(part.text).toContain('Not an official United Nations publication');
    expect(part.text).not.toContain('I. Introduction');
    expect(part.pages).toBeLessThan(whole.pages / 4);
    await context.close();
  });
});
