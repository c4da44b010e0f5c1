import { expect, test } from 'vitest';
import { checkReport, inspectReport } from '../../../../src/lib/structure/check-report';

const head = '---\nsession: cop8\nsource: 2016-cop8-secretariat.txt\n---\n';

test('a well-formed report has no errors, and its front matter and paragraphs are returned', () => {
  const inspected = inspectReport('r.md', Buffer.from(`${head}\n## I. Introduction\n\n1\\. A.[^1]\n\n(a) x.\n\n2\\. B.\n\n[^1]: N.\n`));
  expect(inspected.errors).toEqual([]);
  expect(inspected.frontMatter).toEqual({ yaml: 'session: cop8\nsource: 2016-cop8-secretariat.txt', line: 2 });
  expect(inspected.paragraphs).toBe(2);
});

test('line numbers count the front matter', () => {
  expect(checkReport('r.md', `${head}\n## I. Introduction\n\n1\\. A.\n\n3\\. C.\n`).map((e) => e.message)).toEqual([
    'r.md:10: paragraph 3 follows 1 (2 is missing)',
  ]);
});

test('errors of different checks come sorted by line', () => {
  const markdown = `${head}\n#### Deep\n\n1\\. A.<br>\n\n3\\. C.[^9]\n`;
  expect(checkReport('r.md', markdown).map((e) => e.message)).toEqual([
    'r.md:6: first heading is #### ("Deep"), expected ##',
    'r.md:8: raw HTML is not allowed: found "<br>"',
    'r.md:10: paragraph 3 follows 1 (2 is missing)',
    'r.md:10: footnote reference [^9] has no definition',
  ]);
});

test('an empty body is the only body error reported', () => {
  expect(checkReport('r.md', `${head}\n\n`).map((e) => e.message)).toEqual([
    'r.md:4: report body is empty: expected headings and numbered paragraphs after the front matter',
  ]);
});

test('a file without front matter is reported at line 1 and its body still checked', () => {
  expect(checkReport('r.md', '## I. Introduction\n\n2\\. B.\n').map((e) => e.message)).toEqual([
    'r.md:1: expected front matter between "---" lines at the top of the file, found "## I. Introduction"',
    'r.md:3: paragraph 2 is the first numbered paragraph (1 is missing)',
  ]);
});

test('invalid UTF-8 is reported from the bytes; a string input skips that check', () => {
  const bytes = Buffer.concat([Buffer.from(`${head}\n## I. Introduction\n\n1\\. Caf`), Buffer.from([0xe9]), Buffer.from('.\n')]);
  expect(checkReport('r.md', bytes).map((e) => e.message)).toEqual([
    'r.md:8: expected UTF-8 text, found byte 0xE9 at column 8, which is not valid UTF-8',
  ]);
  expect(checkReport('r.md', `${head}\n## I. Introduction\n\n1\\. Café.\n`)).toEqual([]);
});
