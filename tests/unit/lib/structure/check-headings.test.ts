import { expect, test } from 'vitest';
import { checkHeadings } from '../../../../src/lib/structure/check-headings';
import { parseMarkdown } from '../../../../src/lib/structure/parse-markdown';

function check(...headings: string[]): string[] {
  return checkHeadings('r.md', parseMarkdown(headings.join('\n\n'))).map((error) => error.message);
}

test('an outline that goes down one level at a time and back up any number passes', () => {
  expect(check('## I. A', '### A. B', '#### 1. C', '##### D', '## II. E', '### A. F')).toEqual([]);
});

test.each<[string, string[], string[]]>([
  ['a skip from ## to ####', ['## I. A', '#### 1. Legislation'], ['r.md:3: heading level skips from ## to #### ("1. Legislation"), expected ### at most']],
  ['a first heading below ##', ['### A. B'], ['r.md:1: first heading is ### ("A. B"), expected ##']],
  ['a level-1 heading', ['## I. A', '# Title'], ['r.md:3: heading is # ("Title"), expected ## or deeper (# is the page title)']],
  ['a long heading, cut in the message', ['## I. A', `#### ${'x'.repeat(70)}`], [`r.md:3: heading level skips from ## to #### ("${'x'.repeat(60)}…"), expected ### at most`]],
])('reports %s', (_name, headings, messages) => {
  expect(check(...headings)).toEqual(messages);
});
