import { expect, test } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';
import { reportBlocks } from '../../../../src/lib/structure/report-blocks';

test('classifies headings, numbered paragraphs, sub-paragraphs and the rest, with lines', () => {
  const tree = parseMarkdown(['## I. Introduction', '', '12\\. Text', '', '(iv) Item', '', 'Plain text', '', '[^1]: 3. Not a paragraph'].join('\n'));
  expect(reportBlocks(tree).map((b) => ({ ...b, node: undefined }))).toEqual([
    { kind: 'heading', line: 1, depth: 2, text: 'I. Introduction', node: undefined },
    { kind: 'paragraph', line: 3, number: 12, digits: '12', node: undefined },
    { kind: 'sub-paragraph', line: 5, label: 'iv', node: undefined },
    { kind: 'other', line: 7, node: undefined },
    { kind: 'other', line: 9, node: undefined },
  ]);
});

test.each([
  ['a label that is not a letter or roman numeral', '(ab) Text'],
  ['a label with no space after it', '(a)Text'],
  ['a number with no space after the dot', '12\\.Text'],
])('%s is not a paragraph or sub-paragraph', (_name, markdown) => {
  expect(reportBlocks(parseMarkdown(markdown))[0]?.kind).toBe('other');
});
