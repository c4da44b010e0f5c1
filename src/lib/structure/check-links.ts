// Links only where the source had a real URL: a link with an empty target or a bare "#"
// (left over from the UN exports' `[72/195](#)`) is an error, as is a link with no text.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from '../errors';

export function checkLinks(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, 'link', (node) => {
    const line = node.position?.start.line ?? 0;
    const text = toString(node);
    if (node.url.trim() === '' || node.url.trim() === '#') {
      errors.push(new ContentError({ file, line, problem: `link "${text}" has no target (${JSON.stringify(node.url)}): expected a real URL or plain text` }));
    } else if (text.trim() === '') {
      errors.push(new ContentError({ file, line, problem: `link to ${node.url} has no text` }));
    }
  });
  return errors;
}
