import { expect, test } from 'vitest';
import { checkFootnotes } from '../../../../src/lib/structure/check-footnotes';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

function check(markdown: string): string[] {
  return checkFootnotes('r.md', parseMarkdown(markdown)).map((error) => error.message);
}

test('references paired with definitions pass, also a note referenced twice', () => {
  expect(check('1\\. A.[^1] B.[^2] C.[^1]\n\n[^1]: One.\n\n[^2]: Two.')).toEqual([]);
});

test.each<[string, string, string[]]>([
  ['a reference with no definition', '1\\. A.[^1]\n\n2\\. B.[^2]\n\n[^1]: One.', ['r.md:3: footnote reference [^2] has no definition']],
  ['a reference with no definition on a later line of a paragraph', '1\\. A\nB.[^4]', ['r.md:2: footnote reference [^4] has no definition']],
  ['a definition never referenced', '1\\. A.[^1]\n\n[^1]: One.\n\n[^2]: Two.', ['r.md:5: footnote [^2] is defined but never referenced']],
  ['a definition given twice', '1\\. A.[^1]\n\n[^1]: One.\n\n[^1]: Again.', ['r.md:5: footnote [^1] is defined twice (first at line 3)']],
  ['a label that is not a number', '1\\. A.[^note]\n\n[^note]: One.', ['r.md:3: expected a numeric footnote label such as [^3], found [^note]']],
])('reports %s', (_name, markdown, messages) => {
  expect(check(markdown)).toEqual(messages);
});
