// What the entity pages show, computed from the mention index (never by re-scanning reports):
// an entity's mentions grouped by report in date order with excerpts, first and last year,
// countries co-occurring in its paragraphs, and per-session counts for the country index.
import type { EntityMatch } from './match-entities';
import { excerpt, type Excerpt, type ParagraphMentions } from './mention-index';

export interface ReportRef {
  slug: string;
  /** Session slug, e.g. cop12. */
  session: string;
  year: string;
  label: string;
}

export interface MentionItem {
  paragraph: number;
  excerpt: Excerpt;
  /** How the paragraph names it ("Nigerians"), and whether that is a demonym. */
  text: string;
  demonym: boolean;
  /** Further mentions in the same paragraph. */
  more: number;
}

export interface ReportMentions {
  report: ReportRef;
  items: MentionItem[];
}

export interface EntityMentions {
  total: number;
  paragraphs: number;
  byReport: ReportMentions[];
  firstYear?: string;
  lastYear?: string;
}

type Kind = EntityMatch['kind'];

// Posting lists (entity → its paragraphs), built once per index: entity pages are many, and a
// scan of the whole index per page would make the build quadratic in the corpus.
const postings = new WeakMap<readonly ParagraphMentions[], Map<string, ParagraphMentions[]>>();

/** The paragraphs that mention one entity, in index order. */
export function paragraphsMentioning(index: readonly ParagraphMentions[], kind: Kind, id: string): ParagraphMentions[] {
  let lists = postings.get(index);
  if (!lists) {
    lists = new Map();
    for (const entry of index) {
      for (const key of new Set(entry.mentions.map((m) => `${m.kind}:${m.id}`))) {
        const list = lists.get(key) ?? [];
        list.push(entry);
        lists.set(key, list);
      }
    }
    postings.set(index, lists);
  }
  return lists.get(`${kind}:${id}`) ?? [];
}

/** Mentions of one entity, by report (in the given order, which is date order). */
export function entityMentions(index: readonly ParagraphMentions[], reports: readonly ReportRef[], kind: Kind, id: string): EntityMentions {
  const byReport: ReportMentions[] = [];
  let total = 0;
  // The entity's paragraphs by report, once: a scan of them per report would be quadratic.
  const byReportSlug = Map.groupBy(paragraphsMentioning(index, kind, id), (entry) => entry.report);
  for (const report of reports) {
    const items: MentionItem[] = [];
    for (const entry of byReportSlug.get(report.slug) ?? []) {
      const hits = entry.mentions.filter((m) => m.kind === kind && m.id === id);
      if (hits.length === 0) continue;
      const first = hits.find((h) => !h.demonym) ?? hits[0]!;
      total += hits.length;
      items.push({ paragraph: entry.paragraph, excerpt: excerpt(entry.text, first), text: first.text, demonym: hits.every((h) => h.demonym), more: hits.length - 1 });
    }
    if (items.length > 0) byReport.push({ report, items });
  }
  return {
    total,
    paragraphs: byReport.reduce((n, r) => n + r.items.length, 0),
    byReport,
    ...(byReport.length > 0 ? { firstYear: byReport[0]!.report.year, lastYear: byReport.at(-1)!.report.year } : {}),
  };
}

/** The countries most often named in the same paragraphs as an entity. */
export function coOccurringCountries(
  index: readonly ParagraphMentions[],
  kind: Kind,
  id: string,
  countries: ReadonlyMap<string, { name: string }>,
  limit = 10,
): { iso3: string; name: string; paragraphs: number }[] {
  const counts = new Map<string, number>();
  for (const entry of paragraphsMentioning(index, kind, id)) {
    for (const iso3 of new Set(entry.mentions.filter((m) => m.kind === 'country' && !(kind === 'country' && m.id === id)).map((m) => m.id))) {
      counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
    }
  }
  return [...counts].map(([iso3, paragraphs]) => ({ iso3, name: countries.get(iso3)?.name ?? iso3, paragraphs }))
    .sort((a, b) => b.paragraphs - a.paragraphs || a.iso3.localeCompare(b.iso3)).slice(0, limit);
}

/** For each entity of a kind: paragraphs mentioning it per session, and in all. */
export function countsBySession(index: readonly ParagraphMentions[], reports: readonly ReportRef[], kind: Kind): Map<string, { total: number; bySession: Record<string, number> }> {
  const sessionOf = new Map(reports.map((r) => [r.slug, r.session]));
  const out = new Map<string, { total: number; bySession: Record<string, number> }>();
  for (const entry of index) {
    const session = sessionOf.get(entry.report);
    if (!session) continue;
    for (const id of new Set(entry.mentions.filter((m) => m.kind === kind).map((m) => m.id))) {
      const row = out.get(id) ?? { total: 0, bySession: {} };
      row.total += 1;
      row.bySession[session] = (row.bySession[session] ?? 0) + 1;
      out.set(id, row);
    }
  }
  return out;
}

/**
 * For each entity of a kind, the years whose reports mention it, in order (country ids in lower
 * case, as the search filter takes them): what a search that finds nothing can say (entity-absence.ts).
 */
export function yearsMentioned(index: readonly ParagraphMentions[], reports: readonly ReportRef[], kind: Kind): Record<string, string[]> {
  const yearOf = new Map(reports.map((r) => [r.session, r.year]));
  return Object.fromEntries([...countsBySession(index, reports, kind)].map(([id, c]) => [
    kind === 'country' ? id.toLowerCase() : id,
    [...new Set(Object.keys(c.bySession).map((session) => yearOf.get(session)!))].sort(),
  ]));
}
