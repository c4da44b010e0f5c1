import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { sessionFactSchema } from '../../../src/schemas/session-fact';

const good = { id: 'cop12-parties', session: 'cop12', label: 'Parties', value: '182', report: 'cop12-2024', paragraph: 2, quote: 'a total of 182 parties' };

test('the committed facts are valid', () => {
  for (const fact of parse(readFileSync('content/session-facts.yaml', 'utf8')) as unknown[]) {
    expect(sessionFactSchema.safeParse(fact).success).toBe(true);
  }
});

test.each([
  ['an unknown key', { ...good, source: 'x' }, 'expected only id, session, label, value, report, paragraph, quote, totalOf, series and amount'],
  ['a paragraph that is not a number', { ...good, paragraph: '2' }, 'expected a paragraph number'],
  ['a bad report slug', { ...good, report: 'cop12' }, 'expected a report slug such as "cop12-2024"'],
])('rejects %s', (_name, fact, message) => {
  const result = sessionFactSchema.safeParse(fact);
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => i.message)).toContain(message);
});
