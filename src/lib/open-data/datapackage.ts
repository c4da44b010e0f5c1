// /data/datapackage.json: a Frictionless Data Package (specs v1) describing every file of /data/,
// the CSV files with their Table Schemas (tables.ts), the JSON files with their JSON Schemas.
import { MENTIONS_JSON_SCHEMA, PARAGRAPHS_JSON_SCHEMA } from './json-schemas';
import { TABLES, type Table } from './tables';

/** A report the data comes from: its heading and its raw text export under /sources/. */
export interface PackageSource {
  title: string;
  path: string;
}

export interface JsonFile {
  file: string;
  title: string;
  description: string;
  schema: Record<string, unknown>;
}

export const JSON_FILES: readonly JsonFile[] = [
  { file: 'paragraphs.json', title: 'Paragraphs (JSON)', description: 'The records of paragraphs.csv, with lists as arrays and each note as a label and a text.', schema: PARAGRAPHS_JSON_SCHEMA },
  { file: 'mentions.json', title: 'Mentions by paragraph (JSON)', description: 'For each paragraph, the ids of what it mentions and cites.', schema: MENTIONS_JSON_SCHEMA },
];

/** The resource name of a file: its name without extension, a suffix telling JSON from CSV. */
export const resourceName = (file: string): string => file.replace(/\.csv$/, '').replace(/\.json$/, '-json');

function tableResource(table: Table) {
  const { file, title, description, fields, primaryKey } = table;
  return {
    profile: 'tabular-data-resource',
    name: resourceName(file),
    path: file,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields, ...(primaryKey ? { primaryKey } : {}), missingValues: [''] },
  };
}

export function dataPackage(site: URL, sources: readonly PackageSource[]) {
  return {
    profile: 'data-package',
    name: 'palermo-record',
    title: 'Palermo Record: the United Nations reports on the Trafficking in Persons Protocol, paragraph by paragraph',
    description: 'The numbered paragraphs of the reports to the Conference of the Parties and the General Assembly on the Trafficking in Persons Protocol, with their notes, the countries, programmes and organizations they name, the resolutions and documents they cite, and the figures they state about each session.',
    homepage: new URL('/data/', site).href,
    sources: sources.map((s) => ({ title: s.title, path: new URL(s.path, site).href })),
    resources: [
      ...Object.values(TABLES).map(tableResource),
      ...JSON_FILES.map(({ file, title, description, schema }) => ({
        profile: 'data-resource', name: resourceName(file), path: file, title, description, format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema,
      })),
    ],
  };
}
