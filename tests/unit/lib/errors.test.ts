import { describe, expect, test } from 'vitest';
import { ContentError, formatContentError, sortContentErrors } from '../../../src/lib/errors';

describe('formatContentError', () => {
  test.each([
    [
      'content/reports/cop12-2024.md:212: paragraph 42 follows 40 (41 is missing)',
      { file: 'content/reports/cop12-2024.md', line: 212, problem: 'paragraph 42 follows 40 (41 is missing)' },
    ],
    [
      'content/reports/x.md: field "distributionDate": expected an ISO date (YYYY-MM-DD), found "29 June 2012"',
      { file: 'content/reports/x.md', field: 'distributionDate', expected: 'an ISO date (YYYY-MM-DD)', found: '"29 June 2012"' },
    ],
    [
      'content/reports/x.md:9: field "distributionDate": expected an ISO date (YYYY-MM-DD), found "29 June 2012"',
      { file: 'content/reports/x.md', line: 9, field: 'distributionDate', expected: 'an ISO date (YYYY-MM-DD)', found: '"29 June 2012"' },
    ],
    ['x.md: expected a string, found nothing', { file: 'x.md', expected: 'a string' }],
  ])('formats %s', (message, init) => {
    expect(formatContentError(init)).toBe(message);
  });

  test('the problem sentence wins over expected and found', () => {
    expect(formatContentError({ file: 'x.md', line: 3, problem: 'p', expected: 'e', found: 'f' })).toBe('x.md:3: p');
  });
});

describe('ContentError', () => {
  test('carries its fields and the formatted message', () => {
    const error = new ContentError({ file: 'x.md', line: 2, field: 'title', expected: 'a string', found: 'the number 3' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('x.md:2: field "title": expected a string, found the number 3');
    expect([error.file, error.line, error.field, error.expected, error.found]).toEqual(['x.md', 2, 'title', 'a string', 'the number 3']);
  });
});

test('sortContentErrors orders by file, then line, lineless first, stable within a line', () => {
  const errors = [
    new ContentError({ file: 'b.md', line: 1, problem: 'b1' }),
    new ContentError({ file: 'a.md', line: 5, problem: 'a5-first' }),
    new ContentError({ file: 'a.md', problem: 'a-no-line' }),
    new ContentError({ file: 'a.md', line: 5, problem: 'a5-second' }),
    new ContentError({ file: 'a.md', line: 2, problem: 'a2' }),
  ];
  expect(sortContentErrors(errors).map((e) => e.problem)).toEqual(['a-no-line', 'a2', 'a5-first', 'a5-second', 'b1']);
});
