// The CSV files of /data/, written by csv-stringify in the column order of their Table Schemas
// (tables.ts). A row whose keys differ from its schema's columns stops the build, so the files
// and the schemas published in datapackage.json cannot drift apart.
import { stringify } from 'csv-stringify/sync';
import type { EntityMatch } from '../entities/match-entities';
import { entityUrl, paragraphUrl } from '../routes';
import type { OpenDataReport, ParagraphRecord } from './paragraph-records';
import { columns, LIST_SEPARATOR, PATH_SEPARATOR, TABLES, type Table } from './tables';

type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

export function writeCsv(table: Table, rows: readonly Row[]): string {
  const names = columns(table);
  for (const [i, row] of rows.entries()) {
    const keys = Object.keys(row);
    if (keys.length !== names.length || keys.some((k, j) => k !== names[j])) {
      throw new Error(`${table.file}: row ${i + 1} has the columns ${keys.join(', ')}; its Table Schema has ${names.join(', ')}`);
    }
  }
  // Booleans as the Table Schema's default true/false values; csv-stringify would write 1 and ''.
  return stringify(rows as Row[], { header: true, columns: names, cast: { boolean: (v) => String(v) } });
}

export function paragraphsCsv(records: readonly ParagraphRecord[]): string {
  return writeCsv(TABLES.paragraphs, records.map((r) => ({
    report: r.report,
    session: r.session,
    year: r.year,
    paragraph: r.paragraph,
    paragraph_id: r.paragraphId,
    paragraph_url: r.url,
    sub_paragraphs: r.subParagraphs.map((s) => s.labels.map((l) => `(${l})`).join(' ')).join(LIST_SEPARATOR),
    section_path: r.sectionPath.join(PATH_SEPARATOR),
    text: r.text,
    notes: r.notes.map((n) => `[${n.label}] ${n.text}`).join('\n'),
    countries: r.countries.join(LIST_SEPARATOR),
    programmes: r.programmes.join(LIST_SEPARATOR),
    organizations: r.organizations.join(LIST_SEPARATOR),
    references: r.references.join(LIST_SEPARATOR),
  })));
}

/** The name the site gives an entity: `names(kind, id)`. */
export type EntityNames = (kind: EntityMatch['kind'], id: string) => string;

export function mentionsCsv(reports: readonly OpenDataReport[], names: EntityNames, site: URL): string {
  const rows = reports.flatMap((report) => report.model.paragraphs.flatMap((p) => p.mentions.map((m) => ({
    ...where(report, p.number, site),
    kind: m.kind,
    id: m.id,
    name: names(m.kind, m.id),
    text: m.text,
    demonym: m.demonym,
    short_form: m.shortForm === true,
    in_name: m.nested === true,
    page_url: new URL(entityUrl(m.kind, m.id), site).href,
  }))));
  return writeCsv(TABLES.mentions, rows);
}

export function referencesCsv(reports: readonly OpenDataReport[], site: URL): string {
  const rows = reports.flatMap((report) => report.model.paragraphs.flatMap((p) => p.references.map((r) => ({
    ...where(report, p.number, site),
    id: r.id,
    kind: r.kind,
    body: r.body,
    label: r.label,
    text: r.text,
    symbol: r.symbol,
    official_url: r.href,
  }))));
  return writeCsv(TABLES.references, rows);
}

export interface FactIn {
  id: string;
  report: string;
  paragraph: number;
  label: string;
  value: string;
  quote: string;
  totalOf?: 'parties' | undefined;
  series?: string | undefined;
  amount?: number | undefined;
}

/** The facts in reading order: by report (in the order given), then paragraph. */
export function factsCsv(facts: readonly FactIn[], reports: readonly OpenDataReport[], site: URL): string {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const order = new Map(reports.map((r, i) => [r.slug, i]));
  const sorted = facts.toSorted((a, b) => (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0) || a.paragraph - b.paragraph);
  const rows = sorted.map((fact) => {
    const report = bySlug.get(fact.report);
    if (!report) throw new Error(`content/session-facts.yaml: fact "${fact.id}" names the report "${fact.report}", which does not exist`);
    const { report: slug, session, year, paragraph, paragraph_url } = where(report, fact.paragraph, site);
    return { id: fact.id, report: slug, session, year, paragraph, paragraph_url, label: fact.label, value: fact.value, quote: fact.quote, total_of: fact.totalOf, series: fact.series, amount: fact.amount };
  });
  return writeCsv(TABLES.facts, rows);
}

function where(report: OpenDataReport, paragraph: number, site: URL) {
  return {
    report: report.slug,
    session: report.session,
    year: Number(report.year),
    paragraph,
    paragraph_url: new URL(paragraphUrl(report.slug, paragraph), site).href,
  };
}
