// Each session fact must be stated, word for word, by the paragraph it points to, in a report
// of that session.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { paragraphSourceText } from '../../../src/lib/report-format';

interface Fact { id: string; session: string; label: string; value: string; report: string; paragraph: number; quote: string }
const facts = parse(readFileSync('content/session-facts.yaml', 'utf8')) as Fact[];

function paragraphText(report: string, number: number): string | undefined {
  const markdown = readFileSync(`content/reports/${report}.md`, 'utf8');
  return paragraphSourceText(markdown, number);
}

test('every session has at least one fact', () => {
  expect(new Set(facts.map((f) => f.session))).toEqual(new Set(['cop6', 'cop8', 'ga74', 'cop10', 'cop12']));
});

test.each(facts)('$id: $report paragraph $paragraph says "$quote"', ({ session, report, paragraph, quote, value }) => {
  expect(report.startsWith(`${session}-`)).toBe(true);
  const text = paragraphText(report, paragraph);
  expect(text).toBeDefined();
  expect(text).toContain(quote);
  // The value shown is in the quote: every number of the value appears in it.
  for (const number of value.match(/\d+(?:,\d{3})*/g) ?? []) expect(quote).toContain(number);
});
