import { expect, test } from 'vitest';
import { dataPackage, JSON_FILES, resourceName } from '../../../../src/lib/open-data/datapackage';
import { OPEN_DATA_FILES } from '../../../../src/lib/open-data/files';
import { recordFields } from '../../../../src/lib/open-data/json-schemas';
import { TABLES } from '../../../../src/lib/open-data/tables';
import { SITE } from './fixture';

test('the package describes every file /data/ serves, each once, CSV with its Table Schema and JSON with its JSON Schema', () => {
  const pkg = dataPackage(SITE, [{ title: 'A report', path: '/sources/a.txt' }]);
  expect(pkg.resources.map((r) => r.path).sort()).toEqual(Object.keys(OPEN_DATA_FILES).filter((f) => f !== 'datapackage.json').sort());
  expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  const paragraphs = pkg.resources.find((r) => r.path === 'paragraphs.csv')!;
  expect(paragraphs).toMatchObject({ profile: 'tabular-data-resource', name: 'paragraphs', format: 'csv', schema: { fields: TABLES.paragraphs.fields, primaryKey: ['report', 'paragraph'] } });
  expect(pkg.resources.find((r) => r.path === 'paragraphs.json')).toMatchObject({ profile: 'data-resource', name: 'paragraphs-json', format: 'json' });
  expect(pkg.sources).toEqual([{ title: 'A report', path: 'https://data.example.org/sources/a.txt' }]);
  expect(pkg.homepage).toBe('https://data.example.org/data/');
  expect(resourceName('mentions.json')).toBe('mentions-json');
});

test('the /data/ page lists the fields of a JSON record from its schema, with the CSV column\'s description where they match', () => {
  const fields = recordFields(JSON_FILES[0]!.schema);
  expect(fields.map((f) => f.name)).toEqual(['report', 'paragraph', 'session', 'year', 'paragraphId', 'url', 'subParagraphs', 'sectionPath', 'text', 'notes', 'countries', 'programmes', 'organizations', 'references']);
  expect(fields.find((f) => f.name === 'text')!.description).toBe(TABLES.paragraphs.fields.find((f) => f.name === 'text')!.description);
  expect(fields.find((f) => f.name === 'countries')!.type).toBe('array of strings');
});
