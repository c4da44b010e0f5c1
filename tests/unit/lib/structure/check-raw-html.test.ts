import { expect, test } from 'vitest';
import { checkRawHtml } from '../../../../src/lib/structure/check-raw-html';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

function check(markdown: string): string[] {
  return checkRawHtml('r.md', parseMarkdown(markdown)).map((error) => error.message);
}

test('Markdown with angle brackets in text passes', () => {
  expect(check('1\\. A \\<b> and 3 < 4.')).toEqual([]);
});

test.each<[string, string, string[]]>([
  ['a script block', "1\\. A.\n\n<script>alert('x')</script>", [`r.md:3: raw HTML is not allowed: found "<script>alert('x')</script>"`]],
  ['inline tags', '1\\. A<sup>1</sup>.', ['r.md:1: raw HTML is not allowed: found "<sup>"', 'r.md:1: raw HTML is not allowed: found "</sup>"']],
  ['a comment', '<!-- note -->', ['r.md:1: raw HTML is not allowed: found "<!-- note -->"']],
  ['HTML inside a footnote', '1\\. A.[^1]\n\n[^1]: <b>B</b>', ['r.md:3: raw HTML is not allowed: found "<b>"', 'r.md:3: raw HTML is not allowed: found "</b>"']],
  ['a long block, cut in the message', `<div>${'x'.repeat(50)}</div>`, [`r.md:1: raw HTML is not allowed: found "<div>${'x'.repeat(35)}…"`]],
])('reports %s', (_name, markdown, messages) => {
  expect(check(markdown)).toEqual(messages);
});
