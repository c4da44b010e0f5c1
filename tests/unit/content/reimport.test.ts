// The committed Markdown is the importer's output, byte for byte: fix the importer, never the output.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { importReport, type EstablishedSymbol } from '../../../src/lib/importer/index';

const establishedSymbols = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as EstablishedSymbol[];
const sources = readdirSync('sources').filter((f) => f.endsWith('.txt')).sort();

test('there are five sources', () => {
  expect(sources).toHaveLength(5);
});

test.each(sources)('re-importing sources/%s gives the committed Markdown', (file) => {
  const { slug, markdown } = importReport(`sources/${file}`, readFileSync(`sources/${file}`, 'utf8'), { establishedSymbols });
  expect(markdown).toBe(readFileSync(`content/reports/${slug}.md`, 'utf8'));
});

test.each([
  ['cop6-2012', 39, 0],
  ['cop8-2016', 74, 1],
  ['ga74-2019', 139, 0],
  ['cop10-2020', 88, 12],
  ['cop12-2024', 91, 0],
])('%s has %i paragraphs and %i footnotes', (slug, paragraphs, footnotes) => {
  const file = sources.find((f) => importReport(f, '  I. x\n').slug === slug)!;
  const { counts } = importReport(`sources/${file}`, readFileSync(`sources/${file}`, 'utf8'));
  expect(counts.paragraphs).toBe(paragraphs);
  expect(counts.footnotes).toBe(footnotes);
});
