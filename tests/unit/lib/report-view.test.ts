import { expect, test } from 'vitest';
import { formatDate, formatDateRange } from '../../../src/lib/report-view';

test.each([
  ['23 July 2024', '2024-07-23'],
  ['1 January 2012', '2012-01-01'],
  ['31 December 2019', '2019-12-31'],
  ['9 September 2016', '2016-09-09'],
])('writes %s for %s', (expected, iso) => {
  expect(formatDate(iso)).toBe(expected);
});

test('writes every month as en-GB does', () => {
  for (let month = 1; month <= 12; month += 1) {
    const iso = `2020-${String(month).padStart(2, '0')}-15`;
    const intl = new Date(Date.UTC(2020, month - 1, 15)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(formatDate(iso)).toBe(`15 ${intl} 2020`);
  }
});

test('rejects a month that does not exist', () => {
  expect(() => formatDate('2020-13-01')).toThrow('not an ISO date (YYYY-MM-DD): 2020-13-01');
});

test('writes a range within one month with the month once', () => {
  expect(formatDateRange('2024-10-14', '2024-10-18')).toBe('14–18 October 2024');
});
