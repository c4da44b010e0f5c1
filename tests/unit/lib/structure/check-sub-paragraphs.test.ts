import { expect, test } from 'vitest';
import { checkSubParagraphs } from '../../../../src/lib/structure/check-sub-paragraphs';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

function check(...blocks: string[]): string[] {
  return checkSubParagraphs('r.md', parseMarkdown(blocks.join('\n\n'))).map((error) => error.message);
}

test.each<[string, string[]]>([
  ['letters in order', ['1\\. A:', '(a) x;', '(b) y;', '(c) z.']],
  ['romans under a letter', ['1\\. A:', '(a) x:', '(i) one;', '(ii) two;', '(b) y.']],
  ['romans alone', ['1\\. A:', '(i) one;', '(ii) two;', '(iii) three.']],
  ['(i) after (h) as the letter i', ['1\\. A:', ...'abcdefghi'.split('').map((l) => `(${l}) x;`)]],
  ['each paragraph starting again at (a)', ['1\\. A:', '(a) x;', '(b) y.', '2\\. B:', '(a) x.']],
  ['an unnumbered paragraph between sub-paragraphs', ['1\\. A:', '(a) x;', 'Text in between.', '(b) y.']],
])('%s pass', (_name, blocks) => {
  expect(check(...blocks)).toEqual([]);
});

test.each<[string, string[], string[]]>([
  ['a skipped letter', ['1\\. A:', '(a) x;', '(c) z.'], ['r.md:5: sub-paragraph (c) of paragraph 1 follows (a) (expected (b))']],
  ['a repeated letter', ['1\\. A:', '(a) x;', '(b) y;', '(b) z.'], ['r.md:7: sub-paragraph (b) of paragraph 1 follows (b) (expected (c))']],
  ['a first label other than (a)', ['3\\. A:', '(b) x.'], ['r.md:3: sub-paragraph (b) of paragraph 3 comes first (expected (a))']],
  ['a skipped roman numeral (the classifier expects the next letter)', ['1\\. A:', '(a) x:', '(i) one;', '(iii) three.'], ['r.md:7: sub-paragraph (iii) of paragraph 1 follows (i) (expected (b))']],
  ['a sub-paragraph at the top of the body', ['(a) x;', '(b) y.', '1\\. A.'], ['r.md:1: sub-paragraph (a) has no numbered paragraph before it']],
  ['a sub-paragraph right after a heading', ['1\\. A.', '## II. B', '(a) x.'], ['r.md:5: sub-paragraph (a) has no numbered paragraph before it']],
])('reports %s', (_name, blocks, messages) => {
  expect(check(...blocks)).toEqual(messages);
});
