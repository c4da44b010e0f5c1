import { describe, expect, test } from 'vitest';
import { sessionSchema } from '../../../src/schemas/session';

const cop10 = {
  slug: 'cop10',
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  number: 10,
  ordinal: 'tenth',
  year: 2020,
  city: 'Vienna',
  startDate: '2020-10-12',
  endDate: '2020-10-16',
};
const ga74 = { slug: 'ga74', body: 'General Assembly', number: 74, ordinal: 'seventy-fourth', year: 2019 };

function issues(data: unknown): [string, string][] {
  const result = sessionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('accepts', () => {
  test('a session with a venue and dates', () => {
    expect(issues(cop10)).toEqual([]);
  });

  test('a session with neither venue nor dates', () => {
    expect(issues(ga74)).toEqual([]);
  });

  test('a one-day session (endDate equal to startDate)', () => {
    expect(issues({ ...cop10, endDate: '2020-10-12' })).toEqual([]);
  });
});

describe('rejects', () => {
  test.each<[string, Record<string, unknown>, [string, string][]]>([
    ['endDate before startDate', { ...cop10, endDate: '2020-10-11' }, [['endDate', 'expected a date on or after startDate (2020-10-12)']]],
    ['a city without dates', { ...ga74, city: 'New York' }, [
      ['startDate', 'expected startDate alongside city (city, startDate and endDate come together)'],
      ['endDate', 'expected endDate alongside city (city, startDate and endDate come together)'],
    ]],
    ['dates without a city', { ...cop10, city: undefined }, [
      ['city', 'expected city alongside startDate and endDate (city, startDate and endDate come together)'],
    ]],
    ['an impossible date', { ...cop10, startDate: '2020-02-30' }, [['startDate', 'expected an ISO date (YYYY-MM-DD)']]],
    ['an unquoted date (a Date)', { ...cop10, startDate: new Date('2020-10-12') }, [['startDate', 'expected an ISO date (YYYY-MM-DD) in quotes']]],
    ['a start date outside the year', { ...cop10, startDate: '2019-10-12', endDate: '2019-10-16' }, [
      ['startDate', "expected a date in the session's year (2020)"],
    ]],
    ['a slug that does not end in the number', { ...cop10, slug: 'cop11' }, [['slug', 'expected a slug ending in the session number (10)']]],
    ['a slug with capitals', { ...cop10, slug: 'COP10' }, [['slug', 'expected a session slug such as "cop12" (lower-case letters, then the number)']]],
    ['a number in quotes', { ...cop10, number: '10' }, [['number', 'expected a session number (a positive integer)']]],
    ['a number that is not an integer', { ...cop10, number: 10.5 }, [['number', 'expected a session number (a positive integer)']]],
    ['an ordinal in capitals', { ...cop10, ordinal: 'Tenth' }, [['ordinal', 'expected the ordinal in lower-case words, e.g. "twelfth", "seventy-fourth"']]],
    ['a year before the Protocol', { ...ga74, year: 1999 }, [['year', 'expected a year from 2000 (the Protocol) on']]],
    ['an empty body', { ...ga74, body: '' }, [['body', 'expected a non-empty string']]],
    ['an unknown key', { ...ga74, venue: 'Vienna' }, [['', 'expected only the fields slug, body, number, ordinal, year, city, startDate, endDate']]],
    ['a missing slug', { ...ga74, slug: undefined }, [['slug', 'expected a session slug such as "cop12" (the field is required)']]],
    ['a missing year', { ...ga74, year: undefined }, [['year', 'expected a four-digit year (the field is required)']]],
  ])('%s', (_name, data, expected) => {
    expect(issues(data)).toEqual(expected);
  });
});
