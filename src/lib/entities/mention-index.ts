// The per-paragraph mention index: for every numbered paragraph of every report, the entities
// it mentions. Read off the report models (the one parse of each report, where the matcher ran
// on each paragraph's text) once per build by src/data/load-entities.ts, and read by the entity
// pages, the data files and the search index, so that no page re-scans the reports.
import type { ReportModel } from '../report-model/model';
import type { EntityMatch } from './match-entities';

export interface ParagraphMentions {
  report: string;
  paragraph: number;
  text: string;
  /** The headings above the paragraph, outermost first (the search shows and indexes them). */
  headingPath: readonly string[];
  mentions: EntityMatch[];
}

export interface ReportModelRef {
  slug: string;
  model: Pick<ReportModel, 'paragraphs'>;
}

/** Every paragraph of every report, in the order given, with its mentions. */
export function mentionIndex(reports: readonly ReportModelRef[]): ParagraphMentions[] {
  return reports.flatMap(({ slug, model }) =>
    model.paragraphs.map(({ number, text, headingPath, mentions }) => ({ report: slug, paragraph: number, text, headingPath, mentions })),
  );
}

/** The distinct entity ids of one kind a paragraph mentions, in order of first mention. */
export function mentionedIds(entry: Pick<ParagraphMentions, 'mentions'>, kind: EntityMatch['kind']): string[] {
  return [...new Set(entry.mentions.filter((m) => m.kind === kind).map((m) => m.id))];
}

export interface Excerpt {
  before: string;
  mark: string;
  after: string;
}

/** About `width` characters of context on each side of a mention, cut at word boundaries. */
export function excerpt(text: string, match: Pick<EntityMatch, 'start' | 'end'>, width = 90): Excerpt {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  let from = Math.max(0, match.start - width);
  let to = Math.min(text.length, match.end + width);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(match.end, text.lastIndexOf(' ', to));
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, match.start))}`,
    mark: flat(text.slice(match.start, match.end)),
    after: `${flat(text.slice(match.end, to))}${to < text.length ? '…' : ''}`,
  };
}
