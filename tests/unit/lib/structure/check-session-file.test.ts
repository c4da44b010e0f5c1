import { expect, test } from 'vitest';
import { checkSessionFile } from '../../../../src/lib/structure/check-session-file';

const cop9 = [
  'slug: cop9',
  'body: Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  'number: 9',
  'ordinal: ninth',
  'year: 2018',
  'city: Vienna',
  "startDate: '2018-10-15'",
  "endDate: '2018-10-19'",
].join('\n');

function check(yaml: string, file = 'content/sessions/cop9.yaml'): string[] {
  return checkSessionFile(file, Buffer.from(yaml)).map((e) => e.message);
}

test('a valid session passes', () => {
  expect(check(cop9)).toEqual([]);
});

test.each<[string, string, string[]]>([
  ['endDate before startDate', cop9.replace("'2018-10-19'", "'2018-10-14'"),
    ['content/sessions/cop9.yaml:8: field "endDate": expected a date on or after startDate (2018-10-15), found "2018-10-14"']],
  ['an unquoted date', cop9.replace("'2018-10-15'", '2018-10-15'),
    ['content/sessions/cop9.yaml:7: field "startDate": expected an ISO date (YYYY-MM-DD) in quotes, found 2018-10-15 without quotes (YAML reads it as a date)']],
  ['a city without dates', cop9.split('\n').slice(0, 6).join('\n'), [
    'content/sessions/cop9.yaml: field "startDate": expected startDate alongside city (city, startDate and endDate come together), found nothing',
    'content/sessions/cop9.yaml: field "endDate": expected endDate alongside city (city, startDate and endDate come together), found nothing',
  ]],
  ['an unknown key', `${cop9}\nvenue: Vienna`,
    ['content/sessions/cop9.yaml:9: field "venue": expected only the fields slug, body, number, ordinal, year, city, startDate, endDate, found an unknown field']],
  ['a missing body', cop9.split('\n').filter((l) => !l.startsWith('body')).join('\n'),
    ['content/sessions/cop9.yaml: field "body": expected a string (the field is required), found nothing']],
])('reports %s', (_name, yaml, messages) => {
  expect(check(yaml)).toEqual(messages);
});

test('the slug must be the file name (Astro uses the slug as the entry id)', () => {
  expect(check(cop9, 'content/sessions/cop09.yaml')).toEqual([
    'content/sessions/cop09.yaml:1: field "slug": expected "cop09" (the file name), found "cop9"',
  ]);
});

test('invalid UTF-8 is reported from the bytes', () => {
  const [before, after] = cop9.split('Vienna');
  const bytes = Buffer.concat([Buffer.from(`${before}Vi`), Buffer.from([0xe9]), Buffer.from(`nne${after}`)]);
  expect(checkSessionFile('content/sessions/cop9.yaml', bytes).map((e) => e.message)).toEqual([
    'content/sessions/cop9.yaml:6: expected UTF-8 text, found byte 0xE9 at column 9, which is not valid UTF-8',
  ]);
});
