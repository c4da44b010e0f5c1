// Tells the two label grammars of UN sub-paragraphs apart and nests them:
// letters (a), (b) … at depth 1; roman numerals (i), (ii) … at depth 2 under a letter.
// "(i)" is ambiguous: it is the letter i when it follows (h) at depth 1, otherwise the first
// roman numeral. Used by the importer (to validate), the structure checks and the remark plugin.

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

export type LabelKind = 'letter' | 'roman';

export interface ClassifiedLabel {
  label: string;
  kind: LabelKind;
  /** 1 for letters, 2 for romans nested in the preceding letter. */
  depth: 1 | 2;
  /** Position in its own sequence, from 1: (c) → 3, (iv) → 4. */
  ordinal: number;
  /** The labels from the outermost down, e.g. ['d', 'iv']. */
  path: string[];
}

export interface LabelProblem {
  index: number;
  label: string;
  expected: string;
}

export interface ClassifiedLabels {
  labels: ClassifiedLabel[];
  problems: LabelProblem[];
}

/** Is this text a sub-paragraph label, without its parentheses ("a", "iv")? */
export function isSubParagraphLabel(label: string): boolean {
  return LETTERS.includes(label) || ROMANS.includes(label);
}

/**
 * Classifies the labels of one paragraph's sub-paragraphs, in order. Reports each label
 * that does not continue its sequence (a gap, a repeat, a roman numeral with no letter
 * above it is fine only when the paragraph has no letters at all).
 */
export function classifySubParagraphLabels(labels: readonly string[]): ClassifiedLabels {
  const out: ClassifiedLabel[] = [];
  const problems: LabelProblem[] = [];
  let lastLetter = 0; // ordinal of the last letter seen, 0 = none
  let lastRoman = 0; // ordinal of the last roman numeral under the current letter
  const romanOnly = labels.length > 0 && labels.every((l) => ROMANS.includes(l)) && labels[0] === 'i';

  labels.forEach((label, index) => {
    const letterOrdinal = LETTERS.indexOf(label) + 1;
    const romanOrdinal = ROMANS.indexOf(label) + 1;
    // A roman numeral continues the roman run; (i) starts one unless it is the letter after (h).
    const continuesRoman = romanOrdinal > 0 && (romanOrdinal === lastRoman + 1) && !(label === 'i' && lastLetter === 8 && lastRoman === 0);
    const asRoman = romanOnly || continuesRoman;
    if (asRoman && romanOrdinal > 0) {
      const parent = lastLetter > 0 && !romanOnly ? [LETTERS[lastLetter - 1]!] : [];
      out.push({ label, kind: 'roman', depth: parent.length ? 2 : 1, ordinal: romanOrdinal, path: [...parent, label] });
      if (romanOrdinal !== lastRoman + 1) problems.push({ index, label, expected: ROMANS[lastRoman] ?? '?' });
      // A roman numeral with no letter above it is fine only in a paragraph with no letters.
      else if (!romanOnly && lastLetter === 0) problems.push({ index, label, expected: 'a' });
      lastRoman = romanOrdinal;
      return;
    }
    if (letterOrdinal > 0) {
      out.push({ label, kind: 'letter', depth: 1, ordinal: letterOrdinal, path: [label] });
      if (letterOrdinal !== lastLetter + 1) problems.push({ index, label, expected: LETTERS[lastLetter] ?? '?' });
      lastLetter = letterOrdinal;
      lastRoman = 0;
      return;
    }
    const parent = lastLetter > 0 ? [LETTERS[lastLetter - 1]!] : [];
    out.push({ label, kind: 'roman', depth: parent.length ? 2 : 1, ordinal: romanOrdinal, path: [...parent, label] });
    problems.push({ index, label, expected: LETTERS[lastLetter] ?? 'a' });
  });
  return { labels: out, problems };
}
