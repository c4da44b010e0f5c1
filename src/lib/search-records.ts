// Paragraphs and entity pages → Pagefind records (one record per paragraph), so that a
// search result is a paragraph and every filter is exact at paragraph level: filtering on Libya
// keeps only paragraphs that mention Libya (or Libyans), not whole reports that do somewhere.
// Filter values are stable slugs (session cop12, country lby); the search page labels them.
import type { ParagraphMentions } from './entities/mention-index';
import { mentionedIds } from './entities/mention-index';
import { paraId } from './anchors';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface RecordReport {
  slug: string;
  session: string;
  year: string;
  /** Short body key: "cop" or "ga". */
  body: string;
  label: string;
  /** ISO date, or the year when the report has none. */
  date: string;
}

export interface RecordEntity {
  kind: 'country' | 'programme' | 'organization';
  id: string;
  url: string;
  name: string;
  /** Other names, acronyms, demonyms: searchable too. */
  names: string[];
  description: string;
}

export function paragraphRecords(index: readonly ParagraphMentions[], reports: readonly RecordReport[]): SearchRecord[] {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  return index.map((entry) => {
    const report = bySlug.get(entry.report);
    if (!report) throw new Error(`search records: paragraph ${entry.paragraph} of unknown report ${entry.report}`);
    return {
      url: `/reports/${report.slug}/#${paraId(entry.paragraph)}`,
      content: entry.text,
      language: 'en',
      meta: { title: `${report.year} · ${report.label}, para. ${entry.paragraph}`, report: report.slug, session: report.session, paragraph: String(entry.paragraph), year: report.year },
      filters: {
        type: ['paragraph'],
        session: [report.session],
        year: [report.year],
        body: [report.body],
        country: mentionedIds(entry, 'country').map((id) => id.toLowerCase()),
        programme: mentionedIds(entry, 'programme'),
        organization: mentionedIds(entry, 'organization'),
      },
      // Date order, then paragraph order within a report.
      sort: { date: `${report.date}-${String(entry.paragraph).padStart(4, '0')}` },
    };
  });
}

export function entityRecords(entities: readonly RecordEntity[]): SearchRecord[] {
  return entities.map((entity) => ({
    url: entity.url,
    content: [entity.name, ...entity.names, entity.description].join('. '),
    language: 'en',
    meta: { title: entity.name, kind: entity.kind },
    filters: { type: [entity.kind], ...(entity.kind === 'country' ? { country: [entity.id.toLowerCase()] } : { [entity.kind]: [entity.id] }) },
    sort: { date: '0000' },
  }));
}
