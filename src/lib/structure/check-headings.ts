// Heading levels follow the outline without skipping: the first heading is ## (the page title is
// the only level 1), and each heading is at most one level deeper than the heading before it.
import type { Root } from 'mdast';
import { ContentError } from '../errors';
import { reportBlocks } from './report-blocks';

const MAX_TEXT = 60;

export function checkHeadings(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  let previous = 0;
  for (const block of reportBlocks(tree)) {
    if (block.kind !== 'heading') continue;
    const { depth, line } = block;
    const marks = '#'.repeat(depth);
    const text = block.text.length > MAX_TEXT ? `${block.text.slice(0, MAX_TEXT)}…` : block.text;
    const error = (problem: string, expected: string): void => {
      errors.push(new ContentError({ file, line, problem, expected, found: marks }));
    };
    if (depth === 1) {
      error(`heading is # ("${text}"), expected ## or deeper (# is the page title)`, '## or deeper');
    } else if (previous === 0 && depth !== 2) {
      error(`first heading is ${marks} ("${text}"), expected ##`, '##');
    } else if (previous !== 0 && depth > previous + 1) {
      const allowed = '#'.repeat(previous + 1);
      error(`heading level skips from ${'#'.repeat(previous)} to ${marks} ("${text}"), expected ${allowed} at most`, `${allowed} at most`);
    }
    previous = depth;
  }
  return errors;
}
