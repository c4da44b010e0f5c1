// The records of /data/paragraphs.json: one per numbered paragraph of every report, read off the
// report models (the one parse of each report, where mentions and references were found), never
// the Markdown.
import { mentionedIds } from '../entities/mention-index';
import type { Reference } from '../entities/references';
import type { NoteModel, ParagraphModel } from '../report-model/model';
import { paragraphUrl } from '../routes';

export interface OpenDataReport {
  slug: string;
  /** Session slug, e.g. cop12. */
  session: string;
  year: string;
  model: { paragraphs: readonly ParagraphModel[]; notes: readonly NoteModel[] };
}

export interface ParagraphRecord {
  report: string;
  session: string;
  year: number;
  paragraph: number;
  paragraphId: string;
  url: string;
  /** Each sub-paragraph's anchor and labels, outermost first: { id: 'para-12-b-i', labels: ['b', 'i'] }. */
  subParagraphs: { id: string; labels: string[] }[];
  sectionPath: string[];
  text: string;
  notes: NoteModel[];
  countries: string[];
  programmes: string[];
  organizations: string[];
  references: string[];
}

/** Every paragraph of every report, in report order. */
export function paragraphRecords(reports: readonly OpenDataReport[], site: URL): ParagraphRecord[] {
  return reports.flatMap((report) => {
    const notes = new Map(report.model.notes.map((n) => [n.label, n]));
    return report.model.paragraphs.map((p) => ({
      report: report.slug,
      session: report.session,
      year: Number(report.year),
      paragraph: p.number,
      paragraphId: p.id,
      url: new URL(paragraphUrl(report.slug, p.number), site).href,
      subParagraphs: p.subParagraphs.map((s) => ({ id: s.id, labels: [...s.labels] })),
      sectionPath: [...p.headingPath],
      text: p.readingText,
      notes: p.notes.map((label) => notes.get(label)).filter((n): n is NoteModel => n !== undefined),
      countries: mentionedIds(p, 'country'),
      programmes: mentionedIds(p, 'programme'),
      organizations: mentionedIds(p, 'organization'),
      references: distinctIds(p.references),
    }));
  });
}

function distinctIds(references: readonly Reference[]): string[] {
  return [...new Set(references.map((r) => r.id))];
}
