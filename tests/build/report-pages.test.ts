// One build, then read dist/: every paragraph at its anchor, footnotes both ways.
import { describe, expect, test } from 'vitest';
import { ids, page, REPORTS, select, selectAll } from '../helpers/read-dist';

const PARAGRAPHS: Record<(typeof REPORTS)[number], number> = {
  'cop6-2012': 39, 'cop8-2016': 74, 'ga74-2019': 139, 'cop10-2020': 88, 'cop12-2024': 91,
};
const FOOTNOTES: Record<(typeof REPORTS)[number], number> = {
  'cop6-2012': 0, 'cop8-2016': 1, 'ga74-2019': 0, 'cop10-2020': 12, 'cop12-2024': 0,
};

describe.each(REPORTS)('/reports/%s/', (slug) => {
  const tree = page(`/reports/${slug}/`);

  test('has every paragraph anchor para-1 … para-N exactly once', () => {
    const paragraphs = ids(tree, 'para-').filter((id) => /^para-\d+$/.test(id));
    const expected = Array.from({ length: PARAGRAPHS[slug] }, (_, i) => `para-${i + 1}`);
    expect(paragraphs).toEqual(expected);
  });

  test('each paragraph number is a link to its own anchor', () => {
    for (const el of selectAll('.para', tree)) {
      const link = select(':scope > p > a.para-num', el);
      expect(link?.properties.href).toBe(`#${String(el.properties.id)}`);
    }
  });

  test('all ids on the page are unique', () => {
    const all = selectAll('[id]', tree).map((el) => String(el.properties.id));
    expect(all.length).toBe(new Set(all).size);
  });

  test('footnotes resolve both ways', () => {
    const notes = ids(tree, 'fn-');
    expect(notes).toHaveLength(FOOTNOTES[slug]);
    const refs = ids(tree, 'fnref-');
    expect(refs).toHaveLength(FOOTNOTES[slug]);
    for (const note of notes) {
      const label = note.slice('fn-'.length);
      const ref = select(`#fnref-${label}`, tree);
      expect(ref?.properties.href).toBe(`#fn-${label}`);
      const back = select(`#fn-${label} a[href="#fnref-${label}"]`, tree);
      expect(back).toBeDefined();
    }
  });

  test('every in-page link lands on an element of the page', () => {
    const idSet = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
    for (const a of selectAll('a[href^="#"]', tree)) {
      expect(idSet, String(a.properties.href)).toContain(decodeURIComponent(String(a.properties.href).slice(1)));
    }
  });

  test('carries no raw HTML from the content: no script in the article', () => {
    expect(selectAll('article script, article iframe, article style', tree)).toEqual([]);
  });
});

test('sub-paragraphs of ga74-2019 ¶139 nest (d)(i)…(viii) and end with the letter (i)', () => {
  const tree = page('/reports/ga74-2019/');
  const subs = ids(tree, 'para-139-');
  expect(subs).toEqual([
    'para-139-a', 'para-139-b', 'para-139-c', 'para-139-d',
    'para-139-d-i', 'para-139-d-ii', 'para-139-d-iii', 'para-139-d-iv', 'para-139-d-v', 'para-139-d-vi', 'para-139-d-vii', 'para-139-d-viii',
    'para-139-e', 'para-139-f', 'para-139-g', 'para-139-h', 'para-139-i',
  ]);
  expect(select('#para-139-d #para-139-d-iv', tree)).toBeDefined();
  expect(select('#para-139 > #para-139-i', tree) ?? select('#para-139 #para-139-i', tree)).toBeDefined();
});

test('cop8-2016 footnote 1 is referenced at the end of paragraph 52', () => {
  const tree = page('/reports/cop8-2016/');
  expect(select('#para-52 #fnref-1', tree)).toBeDefined();
  expect(select('#para-53 #fnref-1', tree)).toBeUndefined();
});

test('ga74-2019 ¶2 (70/179) and ¶137 (72/195) link as General Assembly resolutions: the report attributes them elsewhere', () => {
  const tree = page('/reports/ga74-2019/');
  const hrefs = (id: string) => selectAll(`#${id} a.reference`, tree).map((a) => String(a.properties.href));
  expect(hrefs('para-2')).toEqual(expect.arrayContaining(['https://undocs.org/A/RES/70/179', 'https://undocs.org/A/RES/72/195']));
  expect(hrefs('para-137')).toContain('https://undocs.org/A/RES/72/195');
});

test('"the Working Group" links to the Working Group on Trafficking in Persons where the report introduced it (cop10 ¶7, ¶8; cop12 ¶9), not in cop8 ¶25', () => {
  const wg = '/programmes/working-group-on-trafficking-in-persons/';
  const links = (slug: string, id: string) => selectAll(`#${id} a.mention`, page(`/reports/${slug}/`)).map((a) => String(a.properties.href));
  expect(links('cop10-2020', 'para-7')).toContain(wg);
  expect(links('cop10-2020', 'para-8')).toContain(wg);
  expect(links('cop12-2024', 'para-9')).toContain(wg);
  expect(links('cop8-2016', 'para-25')).not.toContain(wg);
});

test('Iraq inside "Islamic State in Iraq and the Levant" (cop8 ¶17) is a nested mention: on the country page, not a link in the text', () => {
  expect(selectAll('#para-17 a.mention', page('/reports/cop8-2016/')).map((a) => String(a.properties.href))).not.toContain('/countries/irq/');
  const country = page('/countries/irq/');
  expect(selectAll('a', country).map((a) => String(a.properties.href))).toContain('/reports/cop8-2016/#para-17');
});
