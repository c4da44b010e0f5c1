// Reads the body of a report (from the first chapter heading on) into outline blocks:
// headings with their outline level, numbered paragraphs, sub-paragraphs and footnotes.
// Page noise is handled here by rules that hold for every source:
// - a numbered line is a paragraph only when its number is the next paragraph number;
//   a numbered sub-heading (`1. Legislation`) is one when its number is the next sub-heading
//   number of its section; anything else (`2015. Following …` in a wrapped line) is text;
// - lines without a blank between them are one block (hard wraps, two-line headings);
// - unnumbered text after a paragraph, a footnote block or a page rule continues the last
//   paragraph or sub-paragraph (paragraphs split by a page break or a footnote block);
// - footnote definitions (`<sup>4</sup> …`, or `1  …` under a `____` rule) are collected,
//   and PDF-style references (`organizations.1`) are found in the paragraph before the rule.

import { isSubParagraphLabel } from '../sub-paragraph-labels';
import { cleanInline, unwrapEmphasis } from './clean-inline';
import type { SourceLine } from './source-lines';

export type Outline = 'chapter' | 'section' | 'numbered' | 'run-in';

export type BodyBlock =
  | { kind: 'heading'; line: number; level: number; outline: Outline; text: string }
  | { kind: 'paragraph'; line: number; number: number; text: string }
  | { kind: 'sub-paragraph'; line: number; label: string; text: string };

export interface Footnote {
  label: string;
  line: number;
  text: string;
}

export interface Body {
  blocks: BodyBlock[];
  footnotes: Footnote[];
  problems: { line: number; message: string }[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const PAGE_RULE = /^(?:_{5,}|-{3,}|\*{3,})$/;
const SUP_FOOTNOTE = /^<sup>(\d+)<\/sup>\s*(.*)$/;
const PDF_FOOTNOTE = /^(\d+)\s{2,}(\S.*)$/;
const SUB_PARAGRAPH = /^(?:[-*]\s+)?\(([a-z]+)\)\s+(.*)$/;
const HASH_HEADING = /^#{1,6}\s+(.*)$/;

type Open =
  | { kind: 'heading'; block: Extract<BodyBlock, { kind: 'heading' }>; wraps: boolean }
  | { kind: 'text'; block: Extract<BodyBlock, { kind: 'paragraph' | 'sub-paragraph' }> }
  | { kind: 'footnote'; note: Footnote };

export function parseBody(lines: readonly SourceLine[]): Body {
  const blocks: BodyBlock[] = [];
  const footnotes: Footnote[] = [];
  const problems: Body['problems'] = [];

  let nextParagraph = 1;
  let chapter = 0; // index into ROMAN of the last chapter, 0 = none yet
  let section = 0; // last section letter (1 = A) within the chapter
  let subHeading = 0; // last numbered sub-heading within the section
  let structuralLevel = 1; // level of the last chapter/section/numbered heading
  let inFootnoteZone = false; // after a `____` rule, numbered lines are footnotes
  let open: Open | undefined; // the block the next line continues when no blank line intervenes
  let lastText: Extract<BodyBlock, { kind: 'paragraph' | 'sub-paragraph' }> | undefined;
  let last: 'heading' | 'text' | 'footnote' | 'rule' | undefined;

  const heading = (line: number, outline: Outline, text: string, wraps: boolean): void => {
    let level: number;
    if (outline === 'chapter') level = 2;
    else if (outline === 'section') level = 3;
    else if (outline === 'numbered') level = section > 0 ? 4 : 3;
    else level = structuralLevel + 1; // run-in: one below the outline heading it follows
    if (outline !== 'run-in') structuralLevel = level;
    const block = { kind: 'heading' as const, line, level, outline, text };
    blocks.push(block);
    open = { kind: 'heading', block, wraps };
    last = 'heading';
    inFootnoteZone = false;
  };

  /** Opens a paragraph or sub-paragraph: later wrapped lines and split-off parts continue it. */
  const openText = (block: Extract<BodyBlock, { kind: 'paragraph' | 'sub-paragraph' }>): void => {
    blocks.push(block);
    open = { kind: 'text', block };
    lastText = block;
    last = 'text';
    inFootnoteZone = false;
  };

  const addFootnote = (line: number, label: string, text: string): void => {
    const note = { label, line, text: cleanInline(text) };
    footnotes.push(note);
    open = { kind: 'footnote', note };
    last = 'footnote';
  };

  for (const { line, text: rawText } of lines) {
    if (rawText === '') {
      if (open?.kind === 'heading' || open?.kind === 'text') last = open.kind;
      open = undefined;
      continue;
    }
    if (PAGE_RULE.test(rawText)) {
      inFootnoteZone = rawText.startsWith('_');
      open = undefined;
      last = 'rule';
      continue;
    }

    let m: RegExpExecArray | null;
    if ((m = SUP_FOOTNOTE.exec(rawText))) {
      addFootnote(line, m[1]!, m[2]!);
      continue;
    }
    if (inFootnoteZone && (m = PDF_FOOTNOTE.exec(rawText))) {
      const marked = lastText && markPdfFootnoteReference(lastText.text, m[1]!);
      if (lastText && marked) lastText.text = marked;
      else problems.push({ line, message: `footnote ${m[1]} has no reference in the paragraph before it` });
      addFootnote(line, m[1]!, m[2]!);
      continue;
    }

    const hashed = HASH_HEADING.exec(rawText);
    const text = cleanInline(hashed ? hashed[1]! : rawText);
    const bare = unwrapEmphasis(text);
    const wholeEmphasis = bare !== text;

    // Chapter: the next roman numeral.
    if ((m = /^([IVX]+)\.\s+(.+)$/.exec(bare)) && m[1] === ROMAN[chapter]) {
      chapter += 1;
      section = 0;
      subHeading = 0;
      heading(line, 'chapter', `${m[1]}. ${unwrapEmphasis(m[2]!)}`, !hashed && !wholeEmphasis);
      continue;
    }
    // Section: the next capital letter within the chapter.
    if (chapter > 0 && (m = /^([A-Z])\.\s+(.+)$/.exec(bare)) && m[1]!.charCodeAt(0) - 64 === section + 1) {
      section += 1;
      subHeading = 0;
      heading(line, 'section', `${m[1]}. ${unwrapEmphasis(m[2]!)}`, !hashed && !wholeEmphasis);
      continue;
    }
    if ((m = /^(\d+)\.\s+(.+)$/.exec(bare))) {
      const number = Number(m[1]);
      if (number === nextParagraph && !wholeEmphasis && !hashed) {
        nextParagraph += 1;
        openText({ kind: 'paragraph', line, number, text: m[2]! });
        continue;
      }
      if (number === subHeading + 1 && !/[.;:]$/.test(m[2]!)) {
        subHeading += 1;
        heading(line, 'numbered', `${number}. ${unwrapEmphasis(m[2]!)}`, !hashed && !wholeEmphasis);
        continue;
      }
    }
    // A sub-paragraph starts a block: after a blank line, or as a `- (b)` list item. A label at
    // the start of a hard-wrapped line inside a paragraph (`(d) prevention …`) is running text.
    const startsBlock = open?.kind !== 'text' || /^[-*]\s/.test(text);
    if (startsBlock && (m = SUB_PARAGRAPH.exec(text)) && isSubParagraphLabel(m[1]!) && lastText) {
      openText({ kind: 'sub-paragraph', line, label: m[1]!, text: m[2]! });
      continue;
    }
    if (hashed || (wholeEmphasis && !/[.;:]$/.test(bare))) {
      heading(line, 'run-in', bare, false);
      continue;
    }

    // Plain text: a wrapped line of the open block, or the continuation of a split paragraph.
    if (open?.kind === 'footnote') {
      open.note.text += ` ${text}`;
      continue;
    }
    if (open?.kind === 'heading' && open.wraps) {
      open.block.text += ` ${text}`;
      continue;
    }
    if (open?.kind === 'text') {
      open.block.text += ` ${text}`;
      continue;
    }
    if (last === 'heading' && text.length <= 150 && !/[.;:]$/.test(text)) {
      heading(line, 'run-in', bare, false);
      open = undefined;
      continue;
    }
    if (lastText && (last === 'text' || last === 'footnote' || last === 'rule' || last === 'heading')) {
      if (last === 'heading') {
        problems.push({ line, message: `unnumbered text after a heading, not a sub-heading: "${text.slice(0, 60)}"` });
        continue;
      }
      lastText.text += ` ${text}`;
      open = { kind: 'text', block: lastText };
      continue;
    }
    problems.push({ line, message: `text outside any paragraph: "${text.slice(0, 60)}"` });
  }
  for (const block of blocks) {
    if (block.kind !== 'heading') block.text = markSupFootnoteReferences(block.text);
  }
  return { blocks, footnotes, problems };
}

/**
 * PDF text prints a footnote reference as bare digits glued to the word or punctuation before
 * it (`organizations.1`). Marks the last such occurrence in the paragraph as `[^1]`.
 */
export function markPdfFootnoteReference(text: string, label: string): string | undefined {
  const pattern = new RegExp(`([A-Za-z.,;:)\u201d\u2019"])${label}(?=\\s|$)`, 'g');
  let lastIndex = -1;
  for (const match of text.matchAll(pattern)) lastIndex = match.index + match[1]!.length;
  if (lastIndex < 0) return undefined;
  return `${text.slice(0, lastIndex)}[^${label}]${text.slice(lastIndex + label.length)}`;
}

/** `<sup>4</sup>` → `[^4]`. */
export function markSupFootnoteReferences(text: string): string {
  return text.replace(/<sup>(\d+)<\/sup>/g, '[^$1]');
}
