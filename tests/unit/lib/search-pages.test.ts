import { expect, test } from 'vitest';
import { searchPageHtml, searchPagePath } from '../../../src/lib/search-pages';
import type { SearchRecord } from '../../../src/lib/search-records';

const record: SearchRecord = {
  url: '/reports/cop8-2016/#para-53',
  content: 'Karachi & <Lahore> "quoted"',
  hidden: [{ text: 'Karatschi', weight: 1 }, { text: 'B. Cooperation', weight: 2 }],
  language: 'en',
  meta: { title: '2016 · Conference, para. 53', report: 'cop8-2016' },
  filters: { type: ['paragraph'], country: ['pak', 'a,b'] },
  sort: { date: '2016-08-01-0053' },
};

test.each([
  ['/reports/cop8-2016/#para-53', 'reports/cop8-2016/para-53.html'],
  ['/reports/ga74-2019/#para-139-d-iv', 'reports/ga74-2019/para-139-d-iv.html'],
  ['/countries/nga/', 'countries/nga.html'],
])('the page of %s is %s', (url, path) => {
  expect(searchPagePath(url)).toBe(path);
});

test('a URL that would leave the index site is refused', () => {
  expect(() => searchPagePath('/reports/../../etc/')).toThrow('cannot be a page path');
});

test('the text, every filter value, meta (with the real address) and sort value are on the page, escaped', () => {
  const html = searchPageHtml(record);
  expect(html).toContain('<main data-pagefind-body><p>Karachi &amp; &lt;Lahore&gt; &quot;quoted&quot;</p><p>Karatschi</p><p data-pagefind-weight="2">B. Cooperation</p>');
  expect(html).toContain('<span data-pagefind-filter="country[data-v]" data-v="pak"></span><span data-pagefind-filter="country[data-v]" data-v="a,b"></span>');
  expect(html).toContain('<span data-pagefind-meta="href[data-v]" data-v="/reports/cop8-2016/#para-53"></span>');
  expect(html).toContain('<span data-pagefind-sort="date[data-v]" data-v="2016-08-01-0053"></span>');
  expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
});
