import { expect, test } from 'vitest';
import { isIsoDate } from '../../../src/lib/iso-date';

test.each(['2024-10-14', '2024-02-29', '2000-01-01', '2012-12-31'])('accepts %s', (text) => {
  expect(isIsoDate(text)).toBe(true);
});

test.each(['2023-02-29', '2012-02-30', '2024-13-01', '2024-00-10', '2024-7-3', '29 June 2012', '2024-10-14T00:00:00Z', ' 2024-10-14', ''])(
  'rejects %j',
  (text) => {
    expect(isIsoDate(text)).toBe(false);
  },
);
