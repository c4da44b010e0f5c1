// The one place that knows the Akoma Ntoso element identifiers (eId) of the AKN edition of a
// report, after the Akoma Ntoso Naming Convention 1.0: `prefix_number` for one element, joined to
// its context by `__` (`chp_II__sec_A__subsec_1`). Paragraphs are numbered through the whole
// report, so, like articles in the convention, they carry no chapter context: `para_12`,
// `para_139__subpara_d__subpara_iv`; a note takes the eId of the block it sits in as context:
// `para_52__authorialNote_1`. Build them here; nowhere else.
import { assertParagraphAddress } from '../anchors';
import { isNoteLabel } from '../report-format';

export type Eid = string & { readonly __brand: 'Eid' };

/** The convention's abbreviations for the elements this edition uses; others use their own name. */
const ABBREVIATIONS = { chapter: 'chp', section: 'sec', subsection: 'subsec', hcontainer: 'hcontainer' } as const;
export type HierarchyElement = keyof typeof ABBREVIATIONS;

/** paraEid(12) → para_12 · paraEid(139, 'd', 'iv') → para_139__subpara_d__subpara_iv */
export function paraEid(number: number, ...labels: string[]): Eid {
  assertParagraphAddress(number, labels);
  return [`para_${number}`, ...labels.map((label) => `subpara_${label}`)].join('__') as Eid;
}

/** noteEid(paraEid(52), '1') → para_52__authorialNote_1 */
export function noteEid(context: Eid, label: string): Eid {
  if (!isNoteLabel(label)) throw new RangeError(`note label must be a positive integer, got "${label}"`);
  return `${context}__authorialNote_${label}` as Eid;
}

/**
 * hierarchyEid(undefined, 'chapter', 'I.') → chp_I · hierarchyEid(chp_II, 'section', 'A.') → chp_II__sec_A.
 * `number` is the printed number without its final dot, or, for an element the text does not
 * number, its position among the unnumbered elements of its kind in that context (as the
 * convention counts implicit numbers).
 */
export function hierarchyEid(context: Eid | undefined, element: HierarchyElement, number: string | number): Eid {
  const cleaned = String(number).replace(/\.$/, '');
  if (!/^[A-Za-z0-9]+$/.test(cleaned)) throw new RangeError(`expected a number such as "II", "A" or "3", got "${number}"`);
  const own = `${ABBREVIATIONS[element]}_${cleaned}`;
  return (context ? `${context}__${own}` : own) as Eid;
}
