// Word fidelity: every word of each source body (from its first chapter heading on) reaches the
// rendered report page, in order. The source is cut by its own layout rules (sources/README.md)
// into running text, footnote blocks and the agenda footnote; each is compared with the part of
// the page where it belongs: the article body, the notes list, the metadata block. Anything
// removed must be on the reviewed noise list below; today that list is empty for every report.
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { expect, test } from 'vitest';
import { readerTokens, wordFidelity } from '../../src/lib/fidelity';
import { page, REPORTS, select, selectAll, text } from '../helpers/read-dist';

const SOURCES: Record<(typeof REPORTS)[number], string> = {
  'cop6-2012': '2012-cop6-secretariat.txt',
  'cop8-2016': '2016-cop8-secretariat.txt',
  'ga74-2019': '2019-ga74-secretary-general.txt',
  'cop10-2020': '2020-cop10-secretariat.txt',
  'cop12-2024': '2024-cop12-secretariat.txt',
};

/** Reviewed tokens the conversion removes on purpose, per report. */
const NOISE: Record<(typeof REPORTS)[number], string[]> = {
  'cop6-2012': [], 'cop8-2016': [], 'ga74-2019': [], 'cop10-2020': [], 'cop12-2024': [],
};

interface SourceParts { body: string[]; notes: string[]; agenda: string[] }

/** Cuts a source body into running text, footnote blocks and the `*` agenda footnote. */
function sourceParts(file: string): SourceParts {
  const lines = readFileSync(`sources/${file}`, 'utf8').split('\n');
  // The body starts at chapter I (a Contents entry has a tab and a page number instead).
  const start = lines.findIndex((line) => /^[\s#*]*I\.\s+\S/.test(line) && !line.includes('\t'));
  const parts: SourceParts = { body: [], notes: [], agenda: [] };
  let zone = false; // under a `____` rule: PDF footnotes until the next numbered paragraph
  let inNote = false;
  for (const line of lines.slice(start)) {
    if (/^\s*_{5,}\s*$/.test(line)) { zone = true; inNote = false; continue; }
    if (/^\s*\\?\*\s+\S/.test(line)) { parts.agenda.push(line); inNote = false; continue; }
    if (/^<sup>\d+<\/sup>/.test(line)) { parts.notes.push(line); inNote = false; continue; }
    if (zone && /^\s*\d+\s{2,}\S/.test(line)) { parts.notes.push(line); inNote = true; continue; }
    if (zone && /^\s*\d+\.\s/.test(line)) { zone = false; inNote = false; }
    if (inNote && line.trim() !== '') { parts.notes.push(line); continue; }
    inNote = false;
    parts.body.push(line);
  }
  return parts;
}

test.each(REPORTS)('every word of the %s source body reaches its page, in order', (slug) => {
  const tree = page(`/reports/${slug}/`);
  const source = sourceParts(SOURCES[slug]);
  const article = select('article.report-body', tree)!;
  const notesSection = select('.footnotes', article);
  const bodyOnly = { ...article, children: article.children.filter((child) => child !== notesSection) };
  // A note is read behind its list number, which is its label.
  const notes = selectAll('.footnotes li[id^="fn-"]', tree).flatMap((li) => [
    String(li.properties.id).slice('fn-'.length),
    ...readerTokens(toText(li, { whitespace: 'normal' })),
  ]);

  const body = wordFidelity(readerTokens(source.body.join('\n')), readerTokens(toText(bodyOnly, { whitespace: 'normal' })), NOISE[slug]);
  const noteResult = wordFidelity(readerTokens(source.notes.join('\n')), notes);
  const metadata = ` ${readerTokens(text(tree, '.metadata')).join(' ')} `;
  const agenda = readerTokens(source.agenda.join('\n'));

  const total = body.total + noteResult.total + agenda.length;
  const reached = body.reached + noteResult.reached + (agenda.length > 0 && metadata.includes(` ${agenda.join(' ')} `) ? agenda.length : 0);
  console.log(
    `fidelity ${slug}: ${reached}/${total} source tokens = ${((reached / total) * 100).toFixed(2)} % ` +
      `(body ${body.reached}/${body.total}, notes ${noteResult.reached}/${noteResult.total}, agenda footnote ${agenda.length} in metadata)`,
  );
  expect(body.missing).toEqual([]);
  expect(noteResult.missing).toEqual([]);
  if (agenda.length > 0) expect(metadata).toContain(` ${agenda.join(' ')} `);
  expect(reached).toBe(total);
});

test('the measure catches a lost word', () => {
  const result = wordFidelity(readerTokens('one two three four'), readerTokens('one two four'));
  expect(result.missing).toEqual([['three']]);
  expect(result.ratio).toBe(0.75);
});

test('the measure catches rewritten quotes', () => {
  const result = wordFidelity(readerTokens('the "Safe and Fair" programme'), readerTokens('the “Safe and Fair” programme'));
  expect(result.missing).toEqual([['"'], ['"']]);
});

test('listed noise is allowed, and only as often as listed', () => {
  const result = wordFidelity(readerTokens('a x b x c'), readerTokens('a b c'), ['x']);
  expect(result.missing).toEqual([['x']]);
  expect(result.removedNoise).toEqual(['x']);
});
