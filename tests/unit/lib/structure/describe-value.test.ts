import { expect, test } from 'vitest';
import { describeValue } from '../../../../src/lib/structure/describe-value';

test.each([
  ['nothing', undefined],
  ['an empty value', null],
  ['"29 June 2012"', '29 June 2012'],
  ['the number 108', 108],
  ['the boolean true', true],
  ['a list', ['a']],
  ['a mapping', { a: 1 }],
  ['2012-06-29 without quotes (YAML reads it as a date)', new Date('2012-06-29T00:00:00Z')],
  [`"${'x'.repeat(60)}…"`, 'x'.repeat(61)],
])('describes as %s', (expected, value) => {
  expect(describeValue(value)).toBe(expected);
});
