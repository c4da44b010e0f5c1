// What a reader notices on the small pages: the 404 page (also as `npm start` serves it), the
// 2016 report's missing cover, the sessions whose report gives no total of parties.
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { page, select, selectAll } from '../helpers/read-dist';
import { toString } from 'hast-util-to-string';

test('the 404 page has a search field, every index and every report', () => {
  const tree = page('/404.html');
  expect(toString(select('h1', tree)!)).toBe('Page not found');
  const form = select('main form[role="search"]', tree)!;
  expect(form.properties.action).toBe('/search/');
  expect(select('input[name="q"]', form)?.properties).toMatchObject({ type: 'search', id: 'notfound-search-q' });
  expect(toString(select('label[for="notfound-search-q"]', form)!)).toBe('Search all reports');
  const links = selectAll('main a', tree).map((a) => String(a.properties.href));
  expect(links).toEqual(expect.arrayContaining(['/reports/', '/sessions/', '/countries/', '/programmes/', '/organizations/', '/references/', '/about/',
    '/reports/cop6-2012/', '/reports/cop8-2016/', '/reports/ga74-2019/', '/reports/cop10-2020/', '/reports/cop12-2024/']));
});

test('npm start (astro preview) answers an unknown path with 404 and the 404 page', async () => {
  const port = 4300 + Math.floor(Math.random() * 500);
  const preview = spawn('node_modules/.bin/astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  try {
    let response: Response | undefined;
    for (let i = 0; i < 100 && !response; i += 1) {
      response = await fetch(`http://127.0.0.1:${port}/reports/no-such-report/`).catch(() => undefined);
      if (!response) await new Promise((r) => setTimeout(r, 100));
    }
    expect(response?.status).toBe(404);
    expect(await response!.text()).toContain('<h1>Page not found</h1>');
  } finally {
    preview.kill();
  }
}, 30_000);

test('the 2016 report says its source has no cover; its agenda row is not an "agenda item"', () => {
  const tree = page('/reports/cop8-2016/');
  const metadata = toString(select('.metadata', tree)!);
  expect(metadata).toContain('The source text of this report has no cover page: it gives no title, document symbol or date of distribution');
  expect(metadata).toContain('In citations, [2016] is supplied by this edition');
  const rows = selectAll('.metadata dt', tree).map((dt) => toString(dt));
  expect(rows).toContain('Agenda');
  expect(rows).not.toContain('Agenda item');
  expect(metadata).not.toContain('Agenda: CTOC');
  expect(metadata).toContain('CTOC/COP/2016/1 (the item is not given)');
  for (const slug of ['cop6-2012', 'ga74-2019', 'cop10-2020', 'cop12-2024']) {
    expect(toString(select('.metadata', page(`/reports/${slug}/`))!)).not.toContain('no cover page');
  }
});

test.each([
  ['ga74', true], ['cop6', false], ['cop8', false], ['cop10', false], ['cop12', false],
])('the %s session page says whether its report gives a total of parties (no total: %s)', (slug, none) => {
  const text = toString(select('.facts', page(`/sessions/${slug}/`))!);
  expect(text.includes('The report gives no total number of parties to the Trafficking in Persons Protocol')).toBe(none);
});
