// Entity pages in a real browser: mention links land on paragraphs that name the entity, and the
// map's countries are links with accessible names.
import { expect, test } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();

test('every mention link on the Libya page lands on a paragraph that names Libya or Libyans', async () => {
  const { context, page } = await site.open('/countries/lby/');
  const links = await page.locator('a.mention-para').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(links.length).toBeGreaterThan(10);
  for (const href of links.slice(0, 25)) {
    await page.goto(site.origin() + href);
    const text = await page.locator(`#${href.split('#')[1]}`).textContent();
    expect(text, href).toMatch(/Libya|Libyan/);
  }
  await context.close();
});

test('a programme page links to paragraphs that name it under any of its names', async () => {
  const { context, page } = await site.open('/programmes/glo-act/');
  const first = await page.locator('a.mention-para').first().getAttribute('href');
  await page.goto(site.origin() + first!);
  expect(await page.locator(`#${first!.split('#')[1]}`).textContent()).toMatch(/GLO\.ACT|Global Action/);
  await context.close();
});

test('the map: each shaded country is a link with an accessible name that gives its count', async () => {
  const { context, page } = await site.open('/countries/');
  const links = page.locator('.world-map svg a');
  const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(100);
  for (const name of names) expect(name).toMatch(/^.+: \d+ mentions?$/);
  const nigeria = page.locator('.world-map svg a[href="/countries/nga/"]');
  expect(await nigeria.getAttribute('aria-label')).toMatch(/^Nigeria: \d+ mentions?$/);
  await context.close();
});

test('report pages link mentions quietly to entity pages', async () => {
  const { context, page } = await site.open('/reports/cop10-2020/#para-64');
  const hrefs = await page.locator('#para-64 a.mention').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(expect.arrayContaining(['/countries/civ/', '/countries/nga/']));
  await context.close();
});
