// npm run import -- sources/<file>.txt [more files] [--force]
// Writes content/reports/<slug>.md for each source. Refuses to overwrite without --force.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { importReport, ImportError, type EstablishedSymbol } from '../src/lib/importer/index';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run import -- sources/<file>.txt [...] [--force]');
  process.exit(2);
}
const establishedSymbols = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as EstablishedSymbol[];

let failed = false;
for (const file of files) {
  const started = performance.now();
  try {
    const result = importReport(file, readFileSync(file, 'utf8'), { establishedSymbols });
    const out = `content/reports/${result.slug}.md`;
    if (existsSync(out) && !force) {
      console.error(`${out} exists; pass --force to overwrite it`);
      failed = true;
      continue;
    }
    writeFileSync(out, result.markdown);
    const c = result.counts;
    console.log(
      `${file} → ${out}: ${c.paragraphs} paragraphs, ${c.subParagraphs} sub-paragraphs, ${c.headings} headings, ` +
        `${c.footnotes} footnotes (${(performance.now() - started).toFixed(0)} ms)`,
    );
  } catch (error) {
    failed = true;
    console.error(error instanceof ImportError ? error.message : error);
  }
}
process.exit(failed ? 1 : 0);
