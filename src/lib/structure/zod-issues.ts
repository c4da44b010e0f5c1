// Turns zod issues on a YAML mapping into ContentErrors that name the field, its line, what was
// expected and what was found. The schemas in src/schemas/ write every message as "expected …";
// that text becomes `expected`, and the value at the issue's path becomes `found` (zod's own
// messages are rendered plainly as a fallback). An unknown key gives one error per key.
import type { z } from 'astro/zod';
import { ContentError } from '../errors';
import { describeValue } from './describe-value';

export function zodIssuesToErrors(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lineOf: (key: string) => number | undefined = () => undefined,
): ContentError[] {
  return issues.flatMap((issue) => {
    const value = valueAt(data, issue.path);
    const expected = expectedOf(issue, value);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => new ContentError({ file, line: lineOf(key), field: key, expected, found: 'an unknown field' }),
      );
    }
    const top = issue.path[0];
    return [
      new ContentError({
        file,
        line: top === undefined ? undefined : lineOf(String(top)),
        field: issue.path.length ? issue.path.join('.') : undefined,
        expected,
        found: describeValue(value),
      }),
    ];
  });
}

/**
 * The schema's "expected …" text; for a zod default message, a plain rendering of it. Zod 4
 * issues do not say what type was received, so a field is "required" when its value is missing.
 */
function expectedOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  if (issue.code === 'invalid_type') {
    return value === undefined ? `a ${issue.expected} (the field is required)` : `a ${issue.expected}`;
  }
  return `a value that passes "${issue.message}"`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
