import { expect, test } from 'vitest';
import { checkParagraphNumbers } from '../../../../src/lib/structure/check-paragraph-numbers';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

/** Numbered paragraphs, one every other line: line 1, 3, 5 … */
function paragraphs(...numbers: (number | string)[]): string[] {
  const tree = parseMarkdown(numbers.map((n) => `${n}\\. Text.`).join('\n\n'));
  return checkParagraphNumbers('r.md', tree).map((error) => error.message);
}

test('1..N in order passes', () => {
  expect(paragraphs(1, 2, 3, 4)).toEqual([]);
});

test.each<[string, (number | string)[], string[]]>([
  ['a gap of one', [1, 2, 4], ['r.md:5: paragraph 4 follows 2 (3 is missing)']],
  ['a gap of several', [1, 5], ['r.md:3: paragraph 5 follows 1 (2–4 are missing)']],
  ['a duplicate', [1, 2, 2, 3], ['r.md:5: paragraph 2 appears twice (first at line 3)']],
  ['a late duplicate', [1, 2, 3, 1], ['r.md:7: paragraph 1 appears twice (first at line 1)']],
  ['a first paragraph other than 1', [3, 4], ['r.md:1: paragraph 3 is the first numbered paragraph (1–2 are missing)']],
  ['a paragraph out of order', [1, 3, 2, 4], ['r.md:3: paragraph 3 follows 1 (2 is missing)', 'r.md:5: paragraph 2 follows 3 (expected 4)']],
  ['paragraph 0', [0, 1], ['r.md:1: paragraph number "0" is not a number from 1 without leading zeros']],
  ['a leading zero', [1, '02'], ['r.md:3: paragraph number "02" is not a number from 1 without leading zeros']],
])('reports %s', (_name, numbers, messages) => {
  expect(paragraphs(...numbers)).toEqual(messages);
});

test('the error carries expected and found', () => {
  const [error] = checkParagraphNumbers('r.md', parseMarkdown('1\\. A\n\n3\\. C'));
  expect([error?.line, error?.expected, error?.found]).toEqual([3, 'paragraph 2', 'paragraph 3']);
});

test('a body without numbered paragraphs is reported once, without a line', () => {
  expect(checkParagraphNumbers('r.md', parseMarkdown('## I. Introduction\n\nText.')).map((e) => e.message)).toEqual([
    'r.md: expected numbered paragraphs ("1\\. …"), found none',
  ]);
});

test('an unescaped paragraph number (an ordered list) is reported', () => {
  expect(checkParagraphNumbers('r.md', parseMarkdown('1\\. A\n\n2. B')).map((e) => e.message)).toEqual([
    'r.md:3: "2." starts an ordered list, not a paragraph: expected a numbered paragraph written "2\\."',
  ]);
});

test('numbers inside footnote definitions are not paragraphs', () => {
  expect(checkParagraphNumbers('r.md', parseMarkdown('1\\. A.[^1]\n\n[^1]: 2019\\. A year.'))).toEqual([]);
});
