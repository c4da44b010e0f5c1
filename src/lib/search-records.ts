// Paragraphs and entity pages → Pagefind records (one record per paragraph), so that a
// search result is a paragraph and every filter is exact at paragraph level: filtering on Libya
// keeps only paragraphs that mention Libya (or Libyans), not whole reports that do somewhere.
// Filter values are stable slugs (session cop12, country lby); the search page labels them.
// A record is indexed under its content (what the result shows) and under hidden words it never
// shows: a paragraph's other spellings and hyphenations (src/lib/search/variant-tail.ts) and its
// section heading; an entity page's name and other names, weighted so the page about UNODC comes
// before the pages that mention it. Only entity pages carry the `entity` filter, so "paragraphs
// only" is a filter on a list of a few hundred pages, cheap to load at any corpus size.
import type { ParagraphMentions } from './entities/mention-index';
import { mentionedIds } from './entities/mention-index';
import { paraId } from './anchors';
import { encodeSources, variantTail, type Compounds } from './search/variant-tail';
import { otherSpelling } from './search/spelling-variants';
import { contentTokens } from './search/words';

export interface HiddenText {
  text: string;
  /** Pagefind's weight for these words (its default for text is 1). */
  weight: number;
}

export interface SearchRecord {
  url: string;
  /** The text a result shows. */
  content: string;
  /** Indexed after the content, never shown. */
  hidden: HiddenText[];
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

/** The weight of a paragraph's own section heading: a paragraph under "Protection of victims" is about that. */
const HEADING_WEIGHT = 2;

export function paragraphRecords(index: readonly ParagraphMentions[], reports: readonly RecordReport[], compounds: Compounds): SearchRecord[] {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  return index.map((entry) => {
    const report = bySlug.get(entry.report);
    if (!report) throw new Error(`search records: paragraph ${entry.paragraph} of unknown report ${entry.report}`);
    const tail = variantTail(entry.text, compounds, otherSpelling);
    const heading = entry.headingPath.at(-1) ?? '';
    return {
      url: `/reports/${report.slug}/#${paraId(entry.paragraph)}`,
      content: entry.text,
      hidden: [
        ...(tail.words.length ? [{ text: tail.words.join(' '), weight: 1 }] : []),
        ...(heading ? [{ text: heading, weight: HEADING_WEIGHT }] : []),
      ],
      language: 'en',
      meta: {
        title: `${report.year} · ${report.label}, para. ${entry.paragraph}`, report: report.slug, session: report.session, paragraph: String(entry.paragraph), year: report.year,
        section: entry.headingPath.join(' › '),
        // Where the text ends in the indexed words, and what each hidden variant stands for (the excerpt marks it).
        words: String(contentTokens(entry.text).length),
        ...(tail.words.length ? { variants: encodeSources(tail.sources) } : {}),
      },
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
    content: entity.description,
    hidden: [{ text: entity.name, weight: 10 }, ...(entity.names.length ? [{ text: entity.names.join(' '), weight: 5 }] : [])],
    language: 'en',
    meta: { title: entity.name, kind: entity.kind, words: String(contentTokens(entity.description).length) },
    filters: { type: [entity.kind], entity: [entity.kind], ...(entity.kind === 'country' ? { country: [entity.id.toLowerCase()] } : { [entity.kind]: [entity.id] }) },
    sort: { date: '0000' },
  }));
}
