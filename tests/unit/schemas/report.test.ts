import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { REPORT_FIELDS, reportFrontMatterSchema, reportSchema } from '../../../src/schemas/report';

const minimal = { session: 'cop8', source: '2016-cop8-secretariat.txt' };
const full = {
  session: 'ga74',
  source: '2019-ga74-secretary-general.txt',
  body: 'General Assembly',
  sessionTitle: 'Seventy-fourth session',
  meeting: 'Vienna, 14–18 October 2024',
  distribution: 'General',
  distributionDate: '2019-06-18',
  originalLanguage: 'English',
  agendaItem: '108',
  agendaList: 'preliminary list',
  agendaSymbol: 'A/74/50',
  agendaItemTitle: 'Crime prevention and criminal justice',
  title: 'Improving the coordination of efforts against trafficking in persons',
  documentType: 'Report of the Secretary-General',
  symbol: 'A/74/127',
  summary: 'The present report has been prepared pursuant to General Assembly resolution 72/195.',
};

function issues(data: unknown): [string, string][] {
  const result = reportFrontMatterSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('accepts', () => {
  test('the two required fields alone', () => {
    expect(issues(minimal)).toEqual([]);
  });

  test('every field of docs/report-format.md', () => {
    expect(issues(full)).toEqual([]);
    expect(Object.keys(full).sort()).toEqual([...REPORT_FIELDS].sort());
  });

  test('an agenda item with a letter', () => {
    expect(issues({ ...minimal, agendaItem: '2 (b)' })).toEqual([]);
  });
});

describe('rejects', () => {
  test.each<[string, Record<string, unknown>, [string, string][]]>([
    ['a missing session', { source: minimal.source }, [['session', 'expected a session slug such as "cop12" (the field is required)']]],
    ['a missing source', { session: 'cop8' }, [['source', 'expected a source file name such as "2024-cop12-secretariat.txt" (the field is required)']]],
    ['a source that is a path', { ...minimal, source: 'sources/2016-cop8-secretariat.txt' }, [
      ['source', 'expected a source file name such as "2024-cop12-secretariat.txt"'],
    ]],
    ['a date as printed', { ...minimal, distributionDate: '29 June 2012' }, [['distributionDate', 'expected an ISO date (YYYY-MM-DD)']]],
    ['an impossible date', { ...minimal, distributionDate: '2012-02-30' }, [['distributionDate', 'expected an ISO date (YYYY-MM-DD)']]],
    ['an unquoted date (a Date)', { ...minimal, distributionDate: new Date('2012-06-29') }, [
      ['distributionDate', 'expected an ISO date (YYYY-MM-DD) in quotes'],
    ]],
    ['an empty title', { ...minimal, title: '' }, [['title', 'expected a non-empty string (leave the field out instead)']]],
    ['a title with trailing space', { ...minimal, title: 'Report ' }, [['title', 'expected no leading or trailing spaces']]],
    ['an unquoted agenda item (a number)', { ...minimal, agendaItem: 108 }, [['agendaItem', 'expected an agenda item in quotes, such as "2 (b)" or "108"']]],
    ['an agenda item with the word Item', { ...minimal, agendaItem: 'Item 2 (b)' }, [['agendaItem', 'expected an agenda item such as "2 (b)" or "108"']]],
    ['an unknown agenda list', { ...minimal, agendaList: 'agenda' }, [['agendaList', 'expected "provisional agenda" or "preliminary list"']]],
    ['an unknown document type', { ...minimal, documentType: 'Note' }, [
      ['documentType', 'expected "Report of the Secretariat" or "Report of the Secretary-General"'],
    ]],
    ['an unknown distribution', { ...minimal, distribution: 'general' }, [['distribution', 'expected "General", "Limited" or "Restricted"']]],
    ['a symbol with spaces', { ...minimal, symbol: 'A / 74 / 127' }, [['symbol', 'expected a document symbol such as "CTOC/COP/2024/1" or "A/74/127"']]],
    ['an unknown key', { ...minimal, author: 'UNODC' }, [['', `expected only the fields of docs/report-format.md (${REPORT_FIELDS.join(', ')})`]]],
    ['a session that is not a slug', { ...minimal, session: 'COP 8' }, [
      ['session', 'expected a session slug such as "cop12" (lower-case letters, then the number)'],
    ]],
  ])('%s', (_name, data, expected) => {
    expect(issues(data)).toEqual(expected);
  });
});

test('reportSchema takes the schema of the session field (reference("sessions") in Astro)', () => {
  const schema = reportSchema(z.literal('cop8'));
  expect(schema.safeParse(minimal).success).toBe(true);
  expect(schema.safeParse({ ...minimal, session: 'cop6' }).success).toBe(false);
});
