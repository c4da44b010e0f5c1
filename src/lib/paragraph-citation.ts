// A paragraph's record for reference managers, filled in from its report's template: the build
// writes each report's record once more with tokens where the paragraph goes (its anchor in the
// URL and key, its pinpoint in the note; citation-record.ts), and the reader's Cite panel fills
// them in. Tokens are letters only, so no format's escaping (BibTeX braces, JSON quotes) touches them.
// Shared by the build and the page script: no dependencies beyond the pinpoint.
import { pinpoint } from './citation';

export const ANCHOR_TOKEN = 'XPARAANCHORX';
export const PINPOINT_TOKEN = 'XPARAPINPOINTX';
/** In the BibTeX key, where citation-js allows letters, digits and `_` only. */
export const KEY_TOKEN = 'XPARAKEYX';

/** A BibTeX key from a slug or an anchor: `ga74-2019` → `ga74_2019`. */
export const bibtexKey = (name: string): string => name.replaceAll('-', '_');

/** The template filled for one paragraph or sub-paragraph anchor, e.g. `para-139-d-iv`. */
export function fillParagraphCitation(template: string, anchorId: string): string {
  const where = pinpoint(anchorId);
  if (!where) throw new Error(`"${anchorId}" is not a paragraph anchor`);
  return template.replaceAll(ANCHOR_TOKEN, anchorId).replaceAll(KEY_TOKEN, bibtexKey(anchorId)).replaceAll(PINPOINT_TOKEN, where);
}
