// The typed model of one report, built once per build from its one Markdown parse
// (src/lib/report-model/render-report.ts): outline, paragraphs with their sub-paragraph anchors,
// plain text, notes, mentions and cited references. The structure checks, the mention index,
// the entity pages, the search records and the data files all read this, never the Markdown.
import type { ParaId } from '../anchors';
import type { EntityMatch } from '../entities/match-entities';
import type { Reference } from '../entities/references';

export interface OutlineHeading {
  depth: number;
  /** The heading's id on the page (github-slugger, as Astro's own heading ids). */
  slug: string;
  text: string;
}

export interface SubParagraphModel {
  id: ParaId;
  /** Labels from the outermost down, e.g. ['d', 'iv']. */
  labels: string[];
}

export interface ParagraphModel {
  number: number;
  id: ParaId;
  /** Line of the paragraph in its file. */
  line: number;
  /** The nearest heading above the paragraph, as plain text. */
  heading: string;
  /** Every heading above the paragraph, from the outermost down. */
  headingPath: string[];
  subParagraphs: SubParagraphModel[];
  /** Labels of the notes the paragraph references, in order of first reference. */
  notes: string[];
  /**
   * The text a reader sees: the paragraph, its sub-paragraphs and the notes it references, one
   * block a line, Markdown syntax gone and URLs blanked (so "…/Peru-y-Bolivia…" is no mention).
   */
  text: string;
  /**
   * The paragraph as printed after its number: its own text and each sub-paragraph's (label
   * included), one a line, addresses kept, notes left out (they are in ReportModel.notes).
   */
  readingText: string;
  mentions: EntityMatch[];
  references: Reference[];
}

export interface NoteModel {
  label: string;
  /** The note as printed, one block a line, addresses kept. */
  text: string;
}

export interface ReportModel {
  outline: OutlineHeading[];
  paragraphs: ParagraphModel[];
  notes: NoteModel[];
}
