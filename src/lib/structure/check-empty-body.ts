// A report has a body: after the front matter there is at least one Markdown block.
// Whitespace only counts as empty. The error points at the closing `---` of the front matter.
import type { Root } from 'mdast';
import { ContentError } from '../errors';

export function checkEmptyBody(file: string, tree: Root, closingLine: number): ContentError[] {
  if (tree.children.length > 0) return [];
  return [
    new ContentError({
      file,
      line: closingLine || 1,
      problem: 'report body is empty: expected headings and numbered paragraphs after the front matter',
      expected: 'headings and numbered paragraphs',
      found: 'nothing',
    }),
  ];
}
