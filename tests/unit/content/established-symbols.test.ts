// A symbol the sources do not print is only used where another report cites the document by it:
// the citing paragraph must contain the symbol and the cited report's title.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { paragraphSourceText } from '../../../src/lib/report-format';

interface Entry { report: string; symbol: string; citedIn: string; paragraph: number }
const entries = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as Entry[];

test.each(entries)('$symbol for $report is cited in $citedIn paragraph $paragraph', ({ report, symbol, citedIn, paragraph }) => {
  const citing = readFileSync(`content/reports/${citedIn}.md`, 'utf8');
  const para = paragraphSourceText(citing, paragraph);
  expect(para).toBeDefined();
  expect(para).toContain(symbol);
  const title = /^title: (.*)$/m.exec(readFileSync(`content/reports/${report}.md`, 'utf8'))?.[1];
  expect(title).toBeDefined();
  expect(para!.toLowerCase()).toContain(title!.toLowerCase());
});
