// The files of /data/ in dist/: datapackage.json valid against the Frictionless profiles, each
// CSV valid against its Table Schema and unchanged by a parse/write round trip, each JSON file
// valid against its JSON Schema, and the records agreeing with the report pages.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { page, REPORTS, select, selectAll } from '../helpers/read-dist';
import { tableSchemaErrors, type TableSchema } from '../helpers/table-schema';

const read = (file: string) => readFileSync(`dist/data/${file}`, 'utf8');
const profile = (name: string) => JSON.parse(readFileSync(`tests/fixtures/schemas/frictionless/${name}.json`, 'utf8'));
const descriptor = JSON.parse(read('datapackage.json'));
type Resource = { name: string; path: string; profile: string; format: string; schema: TableSchema & Record<string, unknown> };
const resources = descriptor.resources as Resource[];
const csvResources = resources.filter((r) => r.format === 'csv');
const jsonResources = resources.filter((r) => r.format === 'json');

test('datapackage.json is a valid Data Package, and each CSV resource a valid Tabular Data Resource', () => {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The profiles' UI hint for long text fields, not a constraint.
  ajv.addFormat('textarea', true);
  const validPackage = ajv.compile(profile('data-package'));
  expect(validPackage(descriptor), ajv.errorsText(validPackage.errors)).toBe(true);
  const validTable = ajv.compile(profile('tabular-data-resource'));
  for (const resource of csvResources) expect(validTable(resource), `${resource.path}: ${ajv.errorsText(validTable.errors)}`).toBe(true);
  expect(resources.map((r) => r.path).sort()).toEqual(['facts.csv', 'mentions.csv', 'mentions.json', 'paragraphs.csv', 'paragraphs.json', 'references.csv']);
});

describe.each(csvResources.map((r) => [r.path, r] as const))('%s', (file, resource) => {
  const text = read(file);
  const rows = parse(text) as string[][];

  test('every row is valid against the Table Schema in datapackage.json', () => {
    expect(rows.length).toBeGreaterThan(1);
    expect(tableSchemaErrors(resource.schema, rows)).toEqual([]);
  });

  test('a parse and a write give the same bytes back', () => {
    expect(stringify(rows, { record_delimiter: 'unix' })).toBe(text);
  });
});

describe.each(jsonResources.map((r) => [r.path, r] as const))('%s', (file, resource) => {
  test('is valid against its JSON Schema in datapackage.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const valid = ajv.compile(resource.schema);
    expect(valid(JSON.parse(read(file))), ajv.errorsText(valid.errors)).toBe(true);
  });
});

interface ParagraphJson {
  report: string; paragraph: number; paragraphId: string; url: string; text: string;
  subParagraphs: { id: string }[]; notes: { label: string; text: string }[];
  countries: string[]; programmes: string[]; organizations: string[]; references: string[];
}
const records = (JSON.parse(read('paragraphs.json')) as { paragraphs: ParagraphJson[] }).paragraphs;
const csvRecords = parse(read('paragraphs.csv'), { columns: true }) as Record<string, string>[];

/** A paragraph's words on its page: each block of the container, its number and note calls left out. */
function pageText(container: Element): string {
  const blocks = selectAll('p', container).map((p) => {
    const copy = structuredClone(p);
    copy.children = copy.children.filter((c) => !(c.type === 'element' && (c.tagName === 'sup' || (c.properties.className as string[] | undefined)?.includes('para-num'))));
    for (const sup of selectAll('sup', copy)) sup.children = [];
    return toText(copy, { whitespace: 'normal' }).trim();
  });
  return blocks.join('\n');
}

describe.each(REPORTS)('%s in paragraphs.json and paragraphs.csv', (slug) => {
  const mine = records.filter((r) => r.report === slug);
  const tree = page(`/reports/${slug}/`);

  test('one record per numbered paragraph of the page, in order, with its sub-paragraph anchors', () => {
    const containers = selectAll('.para', tree);
    expect(mine.map((r) => r.paragraphId)).toEqual(containers.map((c) => String(c.properties.id)));
    for (const r of mine) {
      const container = select(`#${r.paragraphId}`, tree)!;
      expect(r.subParagraphs.map((s) => s.id)).toEqual(selectAll('.subpara', container).map((s) => String(s.properties.id)));
    }
  });

  test('each paragraph\'s text is the page\'s text, and each note the page\'s note', () => {
    for (const r of mine) {
      expect(r.text.replace(/[ \t]+/g, ' '), `${slug} ${r.paragraphId}`).toBe(pageText(select(`#${r.paragraphId}`, tree)!).replace(/[ \t]+/g, ' '));
      for (const note of r.notes) {
        const li = select(`#fn-${note.label}`, tree)!;
        const printed = selectAll('p', li).map((p) => toText(p, { whitespace: 'normal' }).replace(/\s*↩\s*$/, '').trim()).join('\n');
        expect(note.text.replace(/\s+/g, ' ').trim(), `${slug} note ${note.label}`).toBe(printed.replace(/\s+/g, ' ').trim());
      }
    }
  });

  test('the CSV rows are the JSON records, lists joined', () => {
    const rows = csvRecords.filter((r) => r.report === slug);
    expect(rows.map((r) => r.paragraph_id)).toEqual(mine.map((r) => r.paragraphId));
    for (const [i, r] of mine.entries()) {
      expect(rows[i]).toMatchObject({ text: r.text, paragraph_url: r.url, countries: r.countries.join('; '), references: r.references.join('; ') });
    }
  });
});

test('every mention in mentions.csv names words of its paragraph, and the paragraph lists it', () => {
  const byKey = new Map(records.map((r) => [`${r.report}#${r.paragraph}`, r]));
  const mentions = parse(read('mentions.csv'), { columns: true }) as Record<string, string>[];
  expect(mentions.length).toBeGreaterThan(1000);
  for (const m of mentions) {
    const r = byKey.get(`${m.report}#${m.paragraph}`)!;
    expect(`${r.text}\n${r.notes.map((n) => n.text).join('\n')}`, `${m.report} ${m.paragraph} ${m.text}`).toContain(m.text);
    const listed = m.kind === 'country' ? r.countries : m.kind === 'programme' ? r.programmes : r.organizations;
    expect(listed).toContain(m.id);
  }
});

test('/data/ documents every file, and the footer, /about/ and each report\'s metadata link to it', () => {
  const data = page('/data/');
  for (const r of resources) expect(selectAll(`a[href="/data/${r.path}"]`, data).length, r.path).toBeGreaterThan(0);
  for (const r of csvResources) {
    const table = select(`table[class~="fields"]:has(caption)`, select(`section[aria-labelledby="${r.path.replace('.', '-')}"]`, data)!)!;
    expect(selectAll('tbody th code', table).map((c) => toText(c))).toEqual(r.schema.fields.map((f) => f.name));
  }
  for (const path of ['/', '/about/', ...REPORTS.map((s) => `/reports/${s}/`)]) {
    expect(selectAll('a[href="/data/"]', page(path)).length, path).toBeGreaterThan(0);
  }
  for (const slug of REPORTS) expect(selectAll('.metadata a[href="/data/"]', page(`/reports/${slug}/`)).map((a) => toText(a)), slug).toEqual(['Open data']);
});
