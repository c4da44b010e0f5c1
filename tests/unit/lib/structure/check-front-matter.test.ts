import { expect, test } from 'vitest';
import { checkReportFrontMatter } from '../../../../src/lib/structure/check-front-matter';

const sessions = new Set(['cop8', 'ga74']);

function check(yaml: string): string[] {
  return checkReportFrontMatter('content/reports/x.md', yaml, sessions).map((e) => e.message);
}

test('valid front matter with a known session passes', () => {
  expect(check("session: cop8\nsource: 2016-cop8-secretariat.txt\ndistributionDate: '2016-08-01'")).toEqual([]);
});

test.each<[string, string, string[]]>([
  ['a date as printed', 'session: cop8\nsource: 2012-cop6-secretariat.txt\ndistributionDate: 29 June 2012',
    ['content/reports/x.md:4: field "distributionDate": expected an ISO date (YYYY-MM-DD), found "29 June 2012"']],
  ['an unquoted date', 'session: cop8\nsource: 2012-cop6-secretariat.txt\ndistributionDate: 2012-06-29',
    ['content/reports/x.md:4: field "distributionDate": expected an ISO date (YYYY-MM-DD) in quotes, found 2012-06-29 without quotes (YAML reads it as a date)']],
  ['a missing required field', 'session: cop8',
    ['content/reports/x.md: field "source": expected a source file name such as "2024-cop12-secretariat.txt" (the field is required), found nothing']],
  ['an unknown session', 'session: cop99\nsource: 2030-cop99-secretariat.txt',
    ['content/reports/x.md:2: field "session": expected the slug of a session file (cop8, ga74), found "cop99"']],
  ['an empty field', "session: cop8\nsource: 2016-cop8-secretariat.txt\ntitle:",
    ['content/reports/x.md:4: field "title": expected a string, found an empty value']],
  ['a list instead of a mapping', '- session: cop8',
    ['content/reports/x.md:2: expected front matter as a YAML mapping of fields, found a list']],
  ['empty front matter', '',
    ['content/reports/x.md:2: expected front matter as a YAML mapping of fields, found an empty value']],
  ['a duplicate key', 'session: cop8\nsession: cop6\nsource: 2016-cop8-secretariat.txt',
    ['content/reports/x.md:3: invalid YAML: Map keys must be unique']],
])('reports %s', (_name, yaml, messages) => {
  expect(check(yaml)).toEqual(messages);
});

test('the session is looked up only once the fields are valid', () => {
  expect(check('session: cop99')).toEqual([
    'content/reports/x.md: field "source": expected a source file name such as "2024-cop12-secretariat.txt" (the field is required), found nothing',
  ]);
});
