// The one owner of the report-Markdown grammar (docs/report-format.md): how a numbered paragraph,
// a sub-paragraph and a note label are written in content/reports/*.md and how they read once
// Markdown is parsed. The importer writes with it; the checks, the plugins, the paragraph model
// and the tests read with it. Sub-paragraph label sets live in sub-paragraph-labels.ts.
import { isSubParagraphLabel } from './sub-paragraph-labels';

/** `12. ` at the start of a parsed paragraph's text (Markdown's `12\.` reads as `12.`); any digits, so the checks can name `012.` */
const NUMBER_LEAD = /^(\d+)\.(?=[ \t\n])/;
/** `(a) ` / `(iv) ` at the start of a parsed paragraph's text. */
const SUB_PARAGRAPH_LEAD = /^\(([a-z]+)\)(?=[ \t\n])/;
/** A note label: 1, 2, 3 … (the anchors fn-3 / fnref-3 need numbers). */
const NOTE_LABEL = /^[1-9]\d*$/;

/** The Markdown that opens paragraph 12: `12\. ` (escaped, so Markdown never reads a list). */
export function writeParagraphLead(number: number): string {
  return `${number}\\. `;
}

/** The Markdown that opens sub-paragraph (a): `(a) `. */
export function writeSubParagraphLead(label: string): string {
  return `(${label}) `;
}

export interface Lead {
  /** The lead as it reads, `12.` or `(a)`. */
  text: string;
}

/** `12. Text` → { number: 12, text: '12.' }; undefined when the text does not open a paragraph (`012.` and `0.` do not). */
export function readParagraphLead(text: string): (Lead & { number: number }) | undefined {
  const lead = readNumberLead(text);
  return lead && !lead.digits.startsWith('0') ? { number: Number(lead.digits), text: lead.text } : undefined;
}

/** `012. Text` → { digits: '012', text: '012.' }: what looks like a paragraph lead, valid or not (for the checks' messages). */
export function readNumberLead(text: string): (Lead & { digits: string }) | undefined {
  const match = NUMBER_LEAD.exec(text);
  return match ? { digits: match[1]!, text: match[0] } : undefined;
}

/** `(iv) Text` → { label: 'iv', text: '(iv)' }; undefined unless the label is a sub-paragraph label. */
export function readSubParagraphLead(text: string): (Lead & { label: string }) | undefined {
  const match = SUB_PARAGRAPH_LEAD.exec(text);
  return match && isSubParagraphLabel(match[1]!) ? { label: match[1]!, text: match[0] } : undefined;
}

/** `(ab) Text` → 'ab': what looks like a label, valid or not (for the checks' messages). */
export function readAnyLabelLead(text: string): string | undefined {
  return SUB_PARAGRAPH_LEAD.exec(text)?.[1];
}

/** Is this a note label the site can anchor (`3`, not `03` or `a`)? */
export function isNoteLabel(label: string): boolean {
  return NOTE_LABEL.test(label);
}

/** The Markdown line of paragraph N in a report file, read back: its text after `N\. `. */
export function paragraphSourceText(markdown: string, number: number): string | undefined {
  const lead = writeParagraphLead(number);
  const line = markdown.split('\n').find((l) => l.startsWith(lead));
  return line?.slice(lead.length);
}
