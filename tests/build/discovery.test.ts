// What reference managers, search engines and feed readers find in dist/: citation_* tags and
// JSON-LD on report pages, OpenGraph and Twitter tags on every page, the citation files, the
// sitemap, robots.txt and the feed.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toString } from 'hast-util-to-string';
import { page, REPORTS, select, selectAll } from '../helpers/read-dist';

const SITE = 'https://palermo-record.example.org';
const meta = (path: string, name: string) => selectAll(`meta[name="${name}"], meta[property="${name}"]`, page(path)).map((m) => String(m.properties.content));

describe.each(REPORTS)('/reports/%s/', (slug) => {
  test('citation_* tags: title, issuer, date and number only where established, the page URL', () => {
    const path = `/reports/${slug}/`;
    expect(meta(path, 'citation_title')).toHaveLength(1);
    expect(meta(path, 'citation_technical_report_institution')).toEqual(['United Nations']);
    expect(meta(path, 'citation_public_url')).toEqual([`${SITE}${path}`]);
    expect(meta(path, 'citation_fulltext_html_url')).toEqual([`${SITE}${path}`]);
    expect(meta(path, 'citation_technical_report_number')).toEqual(slug === 'ga74-2019' ? ['A/74/127'] : []);
    expect(meta(path, 'citation_publication_date')).toHaveLength(slug === 'cop8-2016' ? 0 : 1);
    expect(meta(path, 'citation_author')).toEqual(slug === 'cop8-2016' ? [] : [slug === 'ga74-2019' ? 'United Nations Secretary-General' : 'United Nations Secretariat']);
  });

  test('JSON-LD: a Report, part of its session, about the Protocol', () => {
    const script = select('script[type="application/ld+json"]', page(`/reports/${slug}/`))!;
    const data = JSON.parse(String((script.children[0] as { value: string }).value));
    expect(data).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Report', url: `${SITE}/reports/${slug}/`,
      isPartOf: { '@type': 'Event', url: `${SITE}/sessions/${slug.split('-')[0]}/` },
      about: { '@type': 'Legislation', name: expect.stringMatching(/^Protocol to Prevent, Suppress and Punish Trafficking in Persons/) },
    });
    expect(data.reportNumber).toBe(slug === 'ga74-2019' ? 'A/74/127' : undefined);
  });

  test('its citation files are there in BibTeX, RIS and CSL-JSON', () => {
    expect(readFileSync(`dist/reports/${slug}/cite.bib`, 'utf8')).toMatch(/^@techreport\{/);
    expect(readFileSync(`dist/reports/${slug}/cite.ris`, 'utf8')).toMatch(/^TY {2}- RPRT$/m);
    expect(JSON.parse(readFileSync(`dist/reports/${slug}/cite.json`, 'utf8'))[0].URL).toBe(`${SITE}/reports/${slug}/`);
  });
});

test('every page has a canonical URL, OpenGraph and Twitter card tags', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  expect(pages.length).toBeGreaterThan(250);
  for (const file of pages) {
    const path = `/${file}`;
    for (const name of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title']) {
      expect(meta(path, name), `${file} ${name}`).toHaveLength(1);
    }
    expect(selectAll('link[rel="canonical"]', page(path)), file).toHaveLength(1);
  }
});

test('robots.txt names the sitemap; the sitemap lists every page but the 404 page', () => {
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(`${SITE}/sitemap-0.xml`);
  const urls = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls).toEqual(expect.arrayContaining(REPORTS.map((slug) => `${SITE}/reports/${slug}/`)));
  expect(urls).toContain(`${SITE}/countries/nga/`);
  expect(urls.filter((u) => u!.includes('404'))).toEqual([]);
});

test('the feed has one item per report, dated only where the report is', () => {
  const feed = readFileSync('dist/feed.xml', 'utf8');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  expect(items).toHaveLength(5);
  expect(items.filter((i) => i.includes('<pubDate>'))).toHaveLength(4);
  expect(items.find((i) => i.includes('/reports/cop8-2016/'))).not.toContain('<pubDate>');
  expect(page('/').children.length).toBeGreaterThan(0);
  expect(selectAll('link[rel="alternate"][type="application/rss+xml"]', page('/'))).toHaveLength(1);
});

test.each(['/countries/npl/', '/programmes/glo-act/', '/organizations/unodc/'])('%s offers its list as CSV: one row per listed paragraph, parsed back by csv-parse', (path) => {
  const rows = parse(readFileSync(`dist${path}mentions.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
  const listed = selectAll('.mention-list li a.mention-para', page(path)).map((a) => String(a.properties.href));
  expect(rows.map((r) => new URL(r.url!).pathname + new URL(r.url!).hash)).toEqual(listed);
  expect(Object.keys(rows[0]!)).toEqual(['year', 'session', 'report', 'paragraph', 'label', 'url', 'excerpt']);
  expect(rows[0]!.label).toBe(`${rows[0]!.year} · para. ${rows[0]!.paragraph}`);
  const download = select('a[href="mentions.csv"]', page(path));
  expect(download && toString(download)).toBe('Download this list (CSV)');
});
