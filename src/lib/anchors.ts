// The one place that knows the anchor grammar of report pages:
// paragraphs `para-12`, sub-paragraphs `para-12-a` / `para-12-d-iv`, footnotes `fn-3`
// and footnote references `fnref-3`. Build and parse here; nowhere else.

import { isNoteLabel } from './report-format';
import { isSubParagraphLabel } from './sub-paragraph-labels';

export type ParaId = string & { readonly __brand: 'ParaId' };
export type FootnoteId = string & { readonly __brand: 'FootnoteId' };
export type FootnoteRefId = string & { readonly __brand: 'FootnoteRefId' };

/** Refuses what no paragraph address can be: a number below 1, a label that is not a sub-paragraph label. */
export function assertParagraphAddress(number: number, labels: readonly string[]): void {
  if (!Number.isInteger(number) || number < 1) {
    throw new RangeError(`paragraph number must be a positive integer, got ${number}`);
  }
  for (const label of labels) {
    if (!isSubParagraphLabel(label)) {
      throw new RangeError(`sub-paragraph label must be a lower-case letter or roman numeral, got "${label}"`);
    }
  }
}

/** paraId(12) → para-12 · paraId(12, 'a') → para-12-a · paraId(12, 'd', 'iv') → para-12-d-iv */
export function paraId(number: number, ...labels: string[]): ParaId {
  assertParagraphAddress(number, labels);
  return ['para', number, ...labels].join('-') as ParaId;
}

/** parseParaId('para-12-d-iv') → { number: 12, labels: ['d', 'iv'] }; undefined when not an anchor. */
export function parseParaId(id: string): { number: number; labels: string[] } | undefined {
  const match = /^para-([1-9]\d*)((?:-[a-z]+)*)$/.exec(id);
  if (!match) return undefined;
  const labels = match[2] ? match[2].slice(1).split('-') : [];
  return labels.every(isSubParagraphLabel) ? { number: Number(match[1]), labels } : undefined;
}

function checkFootnoteLabel(label: string): void {
  if (!isNoteLabel(label)) {
    throw new RangeError(`footnote label must be a positive integer, got "${label}"`);
  }
}

/** footnoteId('3') → fn-3 */
export function footnoteId(label: string | number): FootnoteId {
  checkFootnoteLabel(String(label));
  return `fn-${label}` as FootnoteId;
}

/** footnoteRefId('3') → fnref-3 (the reference in the text, where the note links back to) */
export function footnoteRefId(label: string | number): FootnoteRefId {
  checkFootnoteLabel(String(label));
  return `fnref-${label}` as FootnoteRefId;
}
