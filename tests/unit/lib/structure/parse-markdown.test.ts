import { expect, test } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

test('parses GFM footnotes with positions', () => {
  const tree = parseMarkdown('\n\n1\\. Text.[^1]\n\n[^1]: Note.\n');
  expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
    ['paragraph', 3],
    ['footnoteDefinition', 5],
  ]);
});

test('an escaped dot keeps a numbered paragraph a paragraph', () => {
  expect(parseMarkdown('12\\. Text').children[0]?.type).toBe('paragraph');
  expect(parseMarkdown('12. Text').children[0]?.type).toBe('list');
});
