// Every search record of the site — one per paragraph, one per entity page — from the report
// summaries, the mention index and the entity data (the lists src/lib/search-records.ts makes).
import { countryUrl, organizationUrl, programmeUrl, type ReportSummary } from '../lib/routes';
import type { ParagraphMentions } from '../lib/entities/mention-index';
import { entityRecords, paragraphRecords, type SearchRecord } from '../lib/search-records';
import { compoundsOf } from '../lib/search/variant-tail';
import type { EntityData } from './entity-data';

export function siteSearchRecords(reports: readonly ReportSummary[], index: readonly ParagraphMentions[], data: EntityData): SearchRecord[] {
  const paragraphs = paragraphRecords(index, reports.map((r) => ({
    slug: r.slug, session: r.session.slug, year: r.year, body: r.session.slug.replace(/\d+$/, ''), label: r.label,
    date: r.data.distributionDate ?? r.year,
  })), compoundsOf(index.map((p) => p.text)));
  const countryNames = new Map<string, string[]>();
  for (const s of data.gazetteer.surfaces) countryNames.set(s.id, [...(countryNames.get(s.id) ?? []), s.text]);
  const counted = new Set(index.flatMap((p) => p.mentions.filter((m) => m.kind === 'country').map((m) => m.id)));
  const entities = entityRecords([
    ...[...counted].sort().map((iso3) => {
      const info = data.gazetteer.countries.get(iso3)!;
      return { kind: 'country' as const, id: iso3, url: countryUrl(iso3), name: info.name, names: (countryNames.get(iso3) ?? []).filter((n) => n !== info.name && /^[A-Za-z' ()-]+$/.test(n)), description: `Country in ${info.subregion}` };
    }),
    ...data.programmes.map(({ data: p }) => ({ kind: 'programme' as const, id: p.slug, url: programmeUrl(p.slug), name: p.name, names: p.aliases, description: p.description })),
    ...data.organizations.map(({ data: o }) => ({ kind: 'organization' as const, id: o.slug, url: organizationUrl(o.slug), name: o.name, names: [...(o.acronym ? [o.acronym] : []), ...o.aliases], description: o.description })),
  ]);
  return [...paragraphs, ...entities];
}
