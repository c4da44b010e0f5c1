// All structural checks of one report file, on its raw bytes: UTF-8, a front-matter block, a
// non-empty body, then (on one parse of the body) paragraph numbering, sub-paragraph labels,
// footnote pairing, heading levels, raw HTML and empty links. Does not validate the front-matter
// fields (see check-front-matter.ts). Pure: bytes in, errors out, sorted by line.
import type { Root } from 'mdast';
import { ContentError, sortContentErrors } from '../errors';
import { checkEmptyBody } from './check-empty-body';
import { checkFootnotes } from './check-footnotes';
import { checkHeadings } from './check-headings';
import { checkLinks } from './check-links';
import { checkParagraphNumbers } from './check-paragraph-numbers';
import { checkRawHtml } from './check-raw-html';
import { checkSubParagraphs } from './check-sub-paragraphs';
import { checkUtf8 } from './check-utf8';
import { parseMarkdown } from './parse-markdown';
import { reportBlocks } from './report-blocks';
import { splitFrontMatter } from './split-front-matter';
import { contentText } from '../text-file';

export interface ReportCheck {
  errors: ContentError[];
  /** The YAML of the front matter and its first line, when the file has a front-matter block. */
  frontMatter: { yaml: string; line: number } | undefined;
  /** How many numbered paragraphs the body has. */
  paragraphs: number;
  /** The one parse of the body (lines are file lines), for the renderer to transform. */
  tree: Root;
}

const BODY_CHECKS = [checkParagraphNumbers, checkSubParagraphs, checkFootnotes, checkHeadings, checkRawHtml, checkLinks];

/** Structural errors of one report (file is the path shown in messages). */
export function checkReport(file: string, bytes: Uint8Array | string): ContentError[] {
  return inspectReport(file, bytes).errors;
}

/** checkReport plus what a caller needs next: the front matter to validate and the paragraph count. */
export function inspectReport(file: string, bytes: Uint8Array | string): ReportCheck {
  const errors = typeof bytes === 'string' ? [] : checkUtf8(file, bytes);
  const text = contentText(bytes);
  const split = splitFrontMatter(text);
  if (split.frontMatter === undefined) {
    const firstLine = text.split('\n', 1)[0]!.trimEnd();
    errors.push(new ContentError({
      file,
      line: 1,
      expected: 'front matter between "---" lines at the top of the file',
      found: firstLine ? JSON.stringify(firstLine) : 'an empty line',
    }));
  }
  const tree = parseMarkdown(split.body);
  const empty = checkEmptyBody(file, tree, split.closingLine);
  errors.push(...empty);
  if (empty.length === 0) errors.push(...BODY_CHECKS.flatMap((check) => check(file, tree)));
  return {
    errors: sortContentErrors(errors),
    frontMatter: split.frontMatter === undefined ? undefined : { yaml: split.frontMatter, line: split.frontMatterLine },
    paragraphs: reportBlocks(tree).filter((block) => block.kind === 'paragraph').length,
    tree,
  };
}
