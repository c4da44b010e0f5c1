// One folder per malformed case in tests/fixtures/bad/: a report (.md) or session (.yaml) and
// expected.txt with the exact messages, one per line. Reports are checked against the sessions
// of tests/fixtures/good. UPDATE=1 rewrites expected.txt; review the diff like code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type ContentFile, checkContentFiles } from '../../../../src/lib/structure/check-content-files';

const root = new URL('../../../../', import.meta.url);
const bad = 'tests/fixtures/bad';
const goodSessions = 'tests/fixtures/good/content/sessions';

function read(path: string): ContentFile {
  return { path, bytes: readFileSync(new URL(path, root)) };
}

const sessions = readdirSync(new URL(goodSessions, root)).sort().map((name) => read(`${goodSessions}/${name}`));
const cases = readdirSync(new URL(bad, root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('bad fixtures', () => {
  test('cover at least the kinds the format forbids', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'missing-required-field', 'bad-date', 'unknown-session', 'unknown-key', 'duplicate-paragraph', 'gap-in-numbering',
      'orphan-footnote-reference', 'unreferenced-footnote', 'heading-skip', 'empty-body', 'invalid-utf8', 'script-in-body',
      'sub-paragraph-out-of-sequence', 'session-end-before-start',
    ]));
  });

  test.each(cases)('%s', (name) => {
    const files = readdirSync(new URL(`${bad}/${name}`, root)).filter((file) => /\.(md|yaml)$/.test(file));
    expect(files).toHaveLength(1);
    const file = read(`${bad}/${name}/${files[0]}`);
    const input = file.path.endsWith('.md') ? { reports: [file], sessions } : { reports: [], sessions: [file] };
    const messages = checkContentFiles(input).errors.map((error) => error.message);
    const expectedUrl = new URL(`${bad}/${name}/expected.txt`, root);
    if (process.env.UPDATE) writeFileSync(expectedUrl, `${messages.join('\n')}\n`);
    const expected = readFileSync(expectedUrl, 'utf8').split('\n').filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);
    expect(messages).toEqual(expected);
  });
});

test('the good fixture passes, with its counts', () => {
  const reports = ['tests/fixtures/good/content/reports/cop8-2016.md'].map(read);
  expect(checkContentFiles({ reports, sessions })).toEqual({ errors: [], reports: 1, sessions: 3, paragraphs: 6 });
});

test('errors of several files come sorted by file, then line', () => {
  const result = checkContentFiles({
    reports: [read(`${bad}/gap-in-numbering/cop8-2016.md`), read(`${bad}/bad-date/cop6-2012.md`)],
    sessions: [...sessions, read(`${bad}/session-end-before-start/cop9.yaml`)],
  });
  expect(result.errors.map((error) => error.file)).toEqual([
    `${bad}/bad-date/cop6-2012.md`,
    `${bad}/gap-in-numbering/cop8-2016.md`,
    `${bad}/gap-in-numbering/cop8-2016.md`,
    `${bad}/session-end-before-start/cop9.yaml`,
  ]);
  expect([result.reports, result.sessions]).toEqual([2, 4]);
});
