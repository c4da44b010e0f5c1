// What a theme page and the conclusions page show: per report in date order, each mapped section
// with its heading as printed, its anchor, its own paragraphs (those whose nearest heading it is:
// every sub-heading is placed on its own, in a theme or among the exclusions, so a sub-section's
// paragraphs belong to its own placing), their range and words. Read off the report models.
import type { ParagraphModel } from '../report-model/model';
import type { SectionRef } from '../../schemas/theme';
import { headingId } from './theme-links';

export interface ReportIn {
  slug: string;
  label: string;
  year: string;
  model: { paragraphs: readonly ParagraphModel[] };
}

export interface SectionView {
  heading: string;
  href: string;
  paragraphs: ParagraphModel[];
  /** "¶85–86", "¶7", or "" when the heading holds no numbered paragraph. */
  range: string;
  words: number;
}

export interface SessionBlock {
  report: ReportIn;
  sections: SectionView[];
  /** Paragraphs of all its sections, each once. */
  paragraphs: number;
  words: number;
}

const WORD = /\p{L}|\p{N}/u;
// A paragraph's words, counted once: theme pages count the same paragraphs again and again.
const wordCounts = new WeakMap<object, number>();
const wordCount = (paragraph: { readingText: string }): number => {
  let n = wordCounts.get(paragraph);
  if (n === undefined) wordCounts.set(paragraph, (n = paragraph.readingText.split(/\s+/).filter((w) => WORD.test(w)).length));
  return n;
};

export function paragraphRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

export function sectionBlocks(sections: readonly SectionRef[], reports: readonly ReportIn[]): SessionBlock[] {
  // Each report's sections, and its paragraphs by heading, found once (not a scan per report).
  const sectionsOf = Map.groupBy(sections, (s) => s.report);
  return reports.map((report) => {
    const mine = sectionsOf.get(report.slug) ?? [];
    const underHeading: ReadonlyMap<string, ParagraphModel[]> = mine.length > 0 ? Map.groupBy(report.model.paragraphs, (p) => p.heading) : new Map();
    const views = mine.map((s) => {
      const paragraphs = underHeading.get(s.heading) ?? [];
      return {
        heading: s.heading,
        href: `/reports/${report.slug}/#${headingId(s.heading)}`,
        paragraphs,
        range: paragraphRange(paragraphs.map((p) => p.number)),
        words: paragraphs.reduce((n, p) => n + wordCount(p), 0),
      };
    });
    const distinct = new Map(views.flatMap((v) => v.paragraphs).map((p) => [p.number, p]));
    return { report, sections: views, paragraphs: distinct.size, words: [...distinct.values()].reduce((n, p) => n + wordCount(p), 0) };
  });
}
