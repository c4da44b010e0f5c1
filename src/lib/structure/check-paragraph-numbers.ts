// Numbered paragraphs run 1..N: each number once, none skipped, none out of order. Also flags a
// body with no numbered paragraph at all, a number with a leading zero, and an ordered list at
// the top level (a paragraph number written `12.` instead of `12\.` that Markdown made a list).
import type { Root } from 'mdast';
import { ContentError } from '../errors';
import { reportBlocks } from './report-blocks';

export function checkParagraphNumbers(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  const firstLine = new Map<number, number>();
  let last = 0;
  for (const block of reportBlocks(tree)) {
    if (block.kind === 'other' && block.node.type === 'list' && block.node.ordered) {
      const start = block.node.start ?? 1;
      errors.push(new ContentError({
        file,
        line: block.line,
        problem: `"${start}." starts an ordered list, not a paragraph: expected a numbered paragraph written "${start}\\."`,
      }));
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    const { number, line } = block;
    const error = (problem: string, expected: string): void => {
      errors.push(new ContentError({ file, line, problem, expected, found: `paragraph ${block.digits}` }));
    };
    if (number < 1 || block.digits.startsWith('0')) {
      error(`paragraph number "${block.digits}" is not a number from 1 without leading zeros`, `paragraph ${last + 1}`);
      continue;
    }
    const seen = firstLine.get(number);
    if (seen !== undefined) {
      error(`paragraph ${number} appears twice (first at line ${seen})`, `paragraph ${last + 1}`);
      continue;
    }
    firstLine.set(number, line);
    if (number > last + 1) {
      const missing = number === last + 2 ? `${last + 1} is missing` : `${last + 1}–${number - 1} are missing`;
      const what = last === 0 ? `paragraph ${number} is the first numbered paragraph` : `paragraph ${number} follows ${last}`;
      error(`${what} (${missing})`, `paragraph ${last + 1}`);
    } else if (number < last + 1) {
      error(`paragraph ${number} follows ${last} (expected ${last + 1})`, `paragraph ${last + 1}`);
    }
    last = Math.max(last, number);
  }
  if (firstLine.size === 0 && errors.length === 0) {
    errors.push(new ContentError({ file, expected: 'numbered paragraphs ("1\\. …")', found: 'none' }));
  }
  return errors;
}
