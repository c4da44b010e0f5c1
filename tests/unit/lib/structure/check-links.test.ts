import { expect, test } from 'vitest';
import { checkLinks } from '../../../../src/lib/structure/check-links';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

function check(markdown: string): string[] {
  return checkLinks('r.md', parseMarkdown(markdown)).map((error) => error.message);
}

test('a link with a real URL passes', () => {
  expect(check('1\\. See [UNODC](https://www.unodc.org/).')).toEqual([]);
});

test.each<[string, string, string[]]>([
  ['a "#" link', '1\\. Resolution [72/195](#).', ['r.md:1: link "72/195" has no target ("#"): expected a real URL or plain text']],
  ['an empty link', '\n1\\. Resolution [72/195]().', ['r.md:2: link "72/195" has no target (""): expected a real URL or plain text']],
  ['a link without text', '1\\. See [](https://www.unodc.org/).', ['r.md:1: link to https://www.unodc.org/ has no text']],
])('reports %s', (_name, markdown, messages) => {
  expect(check(markdown)).toEqual(messages);
});
