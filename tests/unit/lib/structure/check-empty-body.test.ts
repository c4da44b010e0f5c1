import { expect, test } from 'vitest';
import { checkEmptyBody } from '../../../../src/lib/structure/check-empty-body';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

test('a body with a block passes', () => {
  expect(checkEmptyBody('r.md', parseMarkdown('\n\n\n\n1\\. A.'), 4)).toEqual([]);
});

test.each([['nothing', ''], ['blank lines and spaces', '\n\n   \n\t\n']])('a body of %s is reported at the closing ---', (_name, body) => {
  expect(checkEmptyBody('r.md', parseMarkdown(body), 4).map((e) => e.message)).toEqual([
    'r.md:4: report body is empty: expected headings and numbered paragraphs after the front matter',
  ]);
});
