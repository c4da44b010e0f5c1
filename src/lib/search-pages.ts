// A search record as the tiny HTML page Pagefind's indexer reads: the text in the body, then its
// hidden words (a paragraph of each, with its weight), each
// filter, meta and sort value in its own element's attribute (so a value with a comma stays one
// value), and the record's real address as the `href` meta, because a page's own URL comes from
// its path (`/reports/<slug>/para-12.html`) and a paragraph's address has a hash
// (`/reports/<slug>/#para-12`). The search page links `meta.href`. Pure; escapes every value.
import type { SearchRecord } from './search-records';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const tagged = (kind: 'filter' | 'meta' | 'sort', key: string, value: string): string =>
  `<span data-pagefind-${kind}="${escape(key)}[data-v]" data-v="${escape(value)}"></span>`;

/**
 * The page's file in the index site: `/reports/x/#para-12` → `reports/x/para-12.html`,
 * `/countries/nga/` → `countries/nga.html`. A file, not a folder with an index.html: at 500
 * reports that is 43,000 fewer folders to write and walk (the URL it gives is never shown).
 */
export function searchPagePath(url: string): string {
  const path = url.replace('/#', '/').replace(/^\//, '').replace(/\/$/, '');
  if (path === '' || path.includes('..') || path.includes('#') || path.startsWith('/')) throw new RangeError(`search record URL cannot be a page path: ${url}`);
  return `${path}.html`;
}

export function searchPageHtml(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((v) => tagged('filter', key, v)));
  const meta = Object.entries({ ...record.meta, href: record.url }).map(([key, v]) => tagged('meta', key, v));
  const sort = Object.entries(record.sort).map(([key, v]) => tagged('sort', key, v));
  // Hidden words after the text, each block with its weight (Pagefind's default is 1).
  const hidden = record.hidden.map(({ text, weight }) => `<p${weight === 1 ? '' : ` data-pagefind-weight="${weight}"`}>${escape(text)}</p>`);
  return `<!doctype html><html lang="${record.language}"><body><main data-pagefind-body><p>${escape(record.content)}</p>${[...hidden, ...filters, ...meta, ...sort].join('')}</main></body></html>`;
}
