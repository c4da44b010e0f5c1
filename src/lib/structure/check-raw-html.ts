// No raw HTML anywhere in a report (block or inline, comments included): the site renders
// Markdown only, and HTML in content would bypass the pipeline's escaping (e.g. <script>).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ContentError } from '../errors';

const MAX = 40;

export function checkRawHtml(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, 'html', (node) => {
    const html = node.value.length > MAX ? `${node.value.slice(0, MAX)}…` : node.value;
    errors.push(new ContentError({
      file,
      line: node.position?.start.line ?? 0,
      problem: `raw HTML is not allowed: found ${JSON.stringify(html)}`,
      expected: 'Markdown',
      found: html,
    }));
  });
  return errors;
}
