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

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;

export function paragraphRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

export function sectionBlocks(sections: readonly SectionRef[], reports: readonly ReportIn[]): SessionBlock[] {
  return reports.map((report) => {
    const views = sections.filter((s) => s.report === report.slug).map((s) => {
      const paragraphs = report.model.paragraphs.filter((p) => p.heading === s.heading);
      return {
        heading: s.heading,
        href: `/reports/${report.slug}/#${headingId(s.heading)}`,
        paragraphs,
        range: paragraphRange(paragraphs.map((p) => p.number)),
        words: paragraphs.reduce((n, p) => n + wordCount(p.readingText), 0),
      };
    });
    const distinct = new Map(views.flatMap((v) => v.paragraphs).map((p) => [p.number, p]));
    return { report, sections: views, paragraphs: distinct.size, words: [...distinct.values()].reduce((n, p) => n + wordCount(p.readingText), 0) };
  });
}
