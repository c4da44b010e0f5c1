import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { factsCsv, mentionsCsv, paragraphsCsv, referencesCsv, writeCsv } from '../../../../src/lib/open-data/csv-tables';
import { paragraphRecords } from '../../../../src/lib/open-data/paragraph-records';
import { columns, TABLES } from '../../../../src/lib/open-data/tables';
import { REPORTS, SITE } from './fixture';

const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
const header = (csv: string) => (parse(csv, { to_line: 1 }) as string[][])[0];

test('paragraphs.csv: the Table Schema\'s columns in order, lists joined, quotes and line breaks quoted by the library', () => {
  const csv = paragraphsCsv(paragraphRecords(REPORTS, SITE));
  expect(header(csv)).toEqual(columns(TABLES.paragraphs));
  const [first, second] = rows(csv);
  expect(first).toMatchObject({ paragraph: '1', countries: 'NPL; NGA', references: 'ga-72-195; doc-a-74-127', notes: '[1] See A/74/127, "a note".', sub_paragraphs: '' });
  expect(second).toMatchObject({ section_path: 'I. Introduction > A. Sub, with "quotes"', sub_paragraphs: '(a); (b); (b) (i)' });
  expect(second!.text!.split('\n')).toHaveLength(4);
  expect(csv).toContain('"I. Introduction > A. Sub, with ""quotes"""');
});

test('mentions.csv: one row per mention, with the site\'s name, the words as printed and what kind of mention it is', () => {
  const names = (kind: string, id: string) => `${kind}:${id}`;
  const mentions = rows(mentionsCsv(REPORTS, names, SITE));
  expect(mentions.map((m) => [m.paragraph, m.kind, m.id, m.text, m.demonym])).toEqual([
    ['1', 'country', 'NPL', 'Nepal', 'false'],
    ['1', 'country', 'NGA', 'Nigerians', 'true'],
    ['1', 'organization', 'general-assembly', 'General Assembly', 'false'],
    ['2', 'organization', 'unodc', 'UNODC', 'false'],
    ['2', 'country', 'MLI', 'Mali', 'false'],
  ]);
  expect(mentions[0]).toMatchObject({ name: 'country:NPL', short_form: 'false', in_name: 'false', page_url: 'https://data.example.org/countries/npl/', paragraph_url: 'https://data.example.org/reports/cop8-2016/#para-1' });
});

test('references.csv: body, symbol and official address only where established', () => {
  const refs = rows(referencesCsv(REPORTS, SITE));
  expect(refs.map((r) => [r.id, r.kind, r.body, r.text, r.symbol, r.official_url])).toEqual([
    ['ga-72-195', 'resolution', 'General Assembly', '72/195', 'A/RES/72/195', 'https://undocs.org/A/RES/72/195'],
    ['doc-a-74-127', 'document', '', 'A/74/127', 'A/74/127', 'https://undocs.org/A/74/127'],
  ]);
});

test('facts.csv: in reading order, whatever order the facts come in; a fact naming no report stops the build', () => {
  const fact = (id: string, paragraph: number) => ({ id, report: 'cop8-2016', paragraph, label: 'L', value: '1', quote: 'q' });
  const facts = rows(factsCsv([fact('late', 2), { ...fact('first', 1), totalOf: 'parties' as const, series: 'parties', amount: 2.5 }], REPORTS, SITE));
  expect(facts.map((f) => [f.id, f.paragraph, f.total_of, f.series, f.amount])).toEqual([['first', '1', 'parties', 'parties', '2.5'], ['late', '2', '', '', '']]);
  expect(() => factsCsv([{ ...fact('x', 1), report: 'cop9-2018' }], REPORTS, SITE)).toThrow('fact "x" names the report "cop9-2018"');
});

test('a row whose columns differ from its Table Schema stops the build, naming file, row and both column lists', () => {
  expect(() => writeCsv(TABLES.facts, [{ id: 'x' }])).toThrow(/^facts\.csv: row 1 has the columns id; its Table Schema has id, report, /);
});
