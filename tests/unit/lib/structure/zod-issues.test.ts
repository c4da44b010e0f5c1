import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { zodIssuesToErrors } from '../../../../src/lib/structure/zod-issues';

const schema = z.strictObject(
  {
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)'),
    count: z.number(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only date and count' : undefined) },
);

function messages(data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return zodIssuesToErrors('x.md', result.error.issues, data, (key) => (key === 'date' ? 3 : undefined)).map((e) => e.message);
}

test('an "expected …" message becomes expected, the value becomes found, the key gives the line', () => {
  expect(messages({ date: '29 June 2012', count: 1 })).toEqual([
    'x.md:3: field "date": expected an ISO date (YYYY-MM-DD), found "29 June 2012"',
  ]);
});

test('a missing field without a schema message is called required', () => {
  expect(messages({ date: '2012-06-29' })).toEqual(['x.md: field "count": expected a number (the field is required), found nothing']);
});

test('a wrong type without a schema message names the type', () => {
  expect(messages({ date: '2012-06-29', count: 'one' })).toEqual(['x.md: field "count": expected a number, found "one"']);
});

test('each unknown key is its own error', () => {
  expect(messages({ date: '2012-06-29', count: 1, a: 1, b: 2 })).toEqual([
    'x.md: field "a": expected only date and count, found an unknown field',
    'x.md: field "b": expected only date and count, found an unknown field',
  ]);
});
