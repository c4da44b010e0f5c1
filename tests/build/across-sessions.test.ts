// The across-sessions layer in dist/: the theme pages, the theme lines beside report headings
// (every link lands on a heading), the figure pages with their charts and gaps, the conclusions,
// the headline table on /sessions/, and every session on entity pages.
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { html, page, REPORTS, select, selectAll } from '../helpers/read-dist';

const textOf = (el: Element | undefined) => (el ? toText(el, { whitespace: 'normal' }).trim() : '');

describe('/themes/protection-of-victims/', () => {
  const tree = page('/themes/protection-of-victims/');

  test('the five sessions\' sections with their headings as printed and paragraph ranges, 2016 with 7 paragraphs and 2024 with 2', () => {
    const rows = selectAll('tbody tr', select('table.counts', tree)!).map((tr) => selectAll('th, td', tr).map((c) => textOf(c)));
    expect(rows.map((r) => r[0])).toEqual([
      '2012 · Conference of the Parties to UNTOC, sixth session', '2016 · Conference of the Parties to UNTOC, eighth session',
      '2019 · General Assembly, seventy-fourth session', '2020 · Conference of the Parties to UNTOC, tenth session', '2024 · Conference of the Parties to UNTOC, twelfth session',
    ]);
    expect(rows[0]![1]).toBe('E. Victim protection and support');
    expect(rows[1]!.slice(1, 3)).toEqual(['6. Victim protection and support', '7']);
    expect(rows[4]!.slice(1, 3)).toEqual(['6. Protection and support of victims and survivors', '2']);
    const headings = selectAll('.theme-section h3', tree).map((h) => textOf(h));
    expect(headings).toContain('6. Protection and support of victims and survivors ¶85–86 (2)');
  });

  test('each section links to its heading on its report page, and each paragraph to its anchor', () => {
    for (const a of selectAll('.theme-section h3 a', tree)) {
      const [path, id] = String(a.properties.href).split('#');
      const target = select(`[id="${id}"]`, page(path!));
      expect(target?.tagName, String(a.properties.href)).toMatch(/^h[2-6]$/);
      expect(textOf(target)).toBe(textOf(a));
    }
    for (const a of selectAll('.theme-paragraphs a', tree).slice(0, 40)) {
      const [path, id] = String(a.properties.href).split('#');
      const target = select(`[id="${id}"]`, page(path!));
      // The paragraph container, numbered as the link says ("para. 35" → data-para 35).
      expect(target?.properties.dataPara, String(a.properties.href)).toBe(textOf(a).replace('para. ', ''));
    }
  });
});

test('every theme page, with a block per session; /themes/ links each', () => {
  const links = selectAll('.theme-matrix tbody th a', page('/themes/')).map((a) => String(a.properties.href));
  expect(links.length).toBeGreaterThanOrEqual(10);
  for (const href of links) expect(selectAll('.session-block', page(href))).toHaveLength(REPORTS.length);
});

test.each(REPORTS)('%s: each theme line beside a heading links headings that exist', (slug) => {
  const lines = selectAll('p.same-theme', page(`/reports/${slug}/`));
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(String(line.properties.dataPagefindIgnore)).toBe('');
    for (const a of selectAll('a', line).slice(1)) {
      const [path, id] = String(a.properties.href).split('#');
      const target = select(`[id="${id}"]`, page(path!));
      expect(target?.tagName, String(a.properties.href)).toMatch(/^h[2-6]$/);
    }
  }
});

describe('/figures/parties/', () => {
  const tree = page('/figures/parties/');

  test('its values linked to their paragraphs; 2019 not stated with what it says; the sessions not held are gaps', () => {
    const rows = selectAll('tbody tr', select('table.figure-table', tree)!).map((tr) => selectAll('th, td', tr).map((c) => textOf(c)));
    const byYear = Object.fromEntries(rows.map((r) => [r[0]!.slice(0, 4), r[1]]));
    expect(byYear).toEqual({ 2012: '150', 2014: 'not in this edition', 2016: '169', 2018: 'not in this edition', 2019: 'not stated', 2020: '178', 2022: 'not in this edition', 2024: '182' });
    expect(rows.find((r) => r[0]!.startsWith('2019'))![2]).toMatch(/^Three new parties/);
    const values = selectAll('table.figure-table td:nth-child(2) a', tree).map((a) => String(a.properties.href));
    expect(values).toEqual(['/reports/cop6-2012/#para-2', '/reports/cop8-2016/#para-2', '/reports/cop10-2020/#para-2', '/reports/cop12-2024/#para-2']);
  });

  test('the chart is SVG drawn at build time: a title, a description, each point a link; the page has no script', () => {
    const svg = select('svg.figure-chart', tree)!;
    expect(textOf(select('title', svg))).toBe('Parties to the Trafficking in Persons Protocol');
    expect(textOf(select('desc', svg))).toMatch(/^The total number of parties .* Each point links to the paragraph that states it;/);
    expect(selectAll('a circle.point', svg)).toHaveLength(4);
    expect(html('/figures/parties/')).not.toMatch(/<script(?![^>]*application\/(?:ld\+)?json)/);
  });
});

test('/sessions/ has the headline figures across sessions, each value linked to its paragraph', () => {
  const table = select('table.figure-matrix', page('/sessions/'))!;
  const parties = selectAll('tbody tr', table).find((tr) => textOf(select('th', tr)) === 'Parties to the Trafficking in Persons Protocol')!;
  expect(selectAll('td', parties).map((td) => textOf(td))).toEqual(['150', '169', 'not stated', '178', '182']);
  expect(selectAll('td a', parties).map((a) => String(a.properties.href))[0]).toBe('/reports/cop6-2012/#para-2');
});

test('/conclusions/ has each report\'s closing section, every paragraph linked', () => {
  const tree = page('/conclusions/');
  expect(selectAll('.session-block', tree)).toHaveLength(REPORTS.length);
  expect(selectAll('.theme-section h3 a', tree).map((a) => textOf(a))).toEqual(['III. Conclusion', 'III. Conclusions', 'IX. Recommendations', 'III. Conclusions', 'III. Conclusions']);
  expect(selectAll('.theme-paragraphs a[href^="/reports/ga74-2019/#para-"]', tree).length).toBeGreaterThan(0);
});

test('an entity page lists every session, "not mentioned" where none, and its first and last mention', () => {
  const tree = page('/programmes/voluntary-trust-fund/');
  const items = selectAll('.presence-list li', tree).map((li) => textOf(li));
  expect(items).toHaveLength(REPORTS.length);
  expect(items.at(-1)).toMatch(/^2024 · .*: not mentioned$/);
  expect(textOf(select('.presence > p.meta-line', tree))).toMatch(/Last mention: 2019, para\. \d+\./);
  expect(String(select('.presence svg', tree)!.properties.ariaLabel)).toMatch(/2024, not mentioned$/);
  expect(selectAll('.bars svg[role="img"]', page('/countries/')).length).toBeGreaterThan(100);
});
