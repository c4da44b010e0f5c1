// Every file of /data/: its name, its media type and how it is written from the build's data.
// One route (src/pages/data/[file].ts) serves them all; the /data/ page lists them from here.
import { factsCsv, mentionsCsv, paragraphsCsv, referencesCsv, type EntityNames, type FactIn } from './csv-tables';
import { dataPackage, type PackageSource } from './datapackage';
import { paragraphRecords, type OpenDataReport } from './paragraph-records';

export interface OpenDataInputs {
  reports: OpenDataReport[];
  names: EntityNames;
  facts: FactIn[];
  sources: PackageSource[];
}

interface OpenDataFile {
  contentType: string;
  write: (inputs: OpenDataInputs, site: URL) => string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json';
// The descriptor is read by people as well as tools; the data files stay compact (they grow with the corpus).
const json = (value: unknown) => JSON.stringify(value);
const readableJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const OPEN_DATA_FILES: Record<string, OpenDataFile> = {
  'paragraphs.csv': { contentType: CSV, write: (d, site) => paragraphsCsv(paragraphRecords(d.reports, site)) },
  'paragraphs.json': { contentType: JSON_TYPE, write: (d, site) => json({ paragraphs: paragraphRecords(d.reports, site) }) },
  'mentions.csv': { contentType: CSV, write: (d, site) => mentionsCsv(d.reports, d.names, site) },
  'references.csv': { contentType: CSV, write: (d, site) => referencesCsv(d.reports, site) },
  'facts.csv': { contentType: CSV, write: (d, site) => factsCsv(d.facts, d.reports, site) },
  // Shipped before the rest of /data/, in this shape: a link to it must keep working.
  'mentions.json': {
    contentType: JSON_TYPE,
    write: (d, site) => json({
      paragraphs: paragraphRecords(d.reports, site).map(({ report, paragraph, countries, programmes, organizations, references }) => ({ report, paragraph, countries, programmes, organizations, references })),
    }),
  },
  'datapackage.json': { contentType: JSON_TYPE, write: (d, site) => readableJson(dataPackage(site, d.sources)) },
};

/** How many rows each CSV file of /data/ has. */
export function rowCounts({ reports, facts }: Pick<OpenDataInputs, 'reports' | 'facts'>): Record<string, number> {
  const paragraphs = reports.flatMap((r) => r.model.paragraphs);
  return {
    'paragraphs.csv': paragraphs.length,
    'mentions.csv': paragraphs.reduce((n, p) => n + p.mentions.length, 0),
    'references.csv': paragraphs.reduce((n, p) => n + p.references.length, 0),
    'facts.csv': facts.length,
  };
}
