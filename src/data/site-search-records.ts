// Every search record of the site — one per paragraph, one per entity page — from the report
// summaries, the mention index and the entity data (the lists src/lib/search-records.ts makes),
// in two steps: the input, plain data gathered where the build has it, and the records, made from
// it in the search index's worker thread (at 500 reports, 2.8 s off the thread that writes pages).
import { countryUrl, organizationUrl, programmeUrl, type ReportSummary } from '../lib/routes';
import type { ParagraphMentions } from '../lib/entities/mention-index';
import { entityRecords, paragraphRecords, type RecordEntity, type RecordReport, type SearchRecord } from '../lib/search-records';
import { compoundsOf } from '../lib/search/variant-tail';
import type { EntityData } from './entity-data';

/** What the records are made from: data only, so that it can be sent to a worker thread. */
export interface SearchRecordsInput {
  index: readonly ParagraphMentions[];
  reports: readonly RecordReport[];
  entities: readonly RecordEntity[];
}

/** Every search record: one per paragraph (with its variant tail, the costly part), one per entity page. */
export function searchRecords({ index, reports, entities }: SearchRecordsInput): SearchRecord[] {
  return [...paragraphRecords(index, reports, compoundsOf(index.map((p) => p.text))), ...entityRecords(entities)];
}

/** The records' input: the reports as the records name them, and the entities that have a page. */
export function searchRecordsInput(reports: readonly ReportSummary[], index: readonly ParagraphMentions[], data: EntityData): SearchRecordsInput {
  const recordReports = reports.map((r) => ({
    slug: r.slug, session: r.session.slug, year: r.year, body: r.session.slug.replace(/\d+$/, ''), label: r.label,
    date: r.data.distributionDate ?? r.year,
  }));
  const countryNames = new Map<string, string[]>();
  for (const s of data.gazetteer.surfaces) countryNames.set(s.id, [...(countryNames.get(s.id) ?? []), s.text]);
  const counted = new Set(index.flatMap((p) => p.mentions.filter((m) => m.kind === 'country').map((m) => m.id)));
  const entities: RecordEntity[] = [
    ...[...counted].sort().map((iso3) => {
      const info = data.gazetteer.countries.get(iso3)!;
      return { kind: 'country' as const, id: iso3, url: countryUrl(iso3), name: info.name, names: (countryNames.get(iso3) ?? []).filter((n) => n !== info.name && /^[A-Za-z' ()-]+$/.test(n)), description: `Country in ${info.subregion}` };
    }),
    ...data.programmes.map(({ data: p }) => ({ kind: 'programme' as const, id: p.slug, url: programmeUrl(p.slug), name: p.name, names: p.aliases, description: p.description })),
    ...data.organizations.map(({ data: o }) => ({ kind: 'organization' as const, id: o.slug, url: organizationUrl(o.slug), name: o.name, names: [...(o.acronym ? [o.acronym] : []), ...o.aliases], description: o.description })),
  ];
  return { index, reports: recordReports, entities };
}
