// A throw-away copy of the project with N report files (the five reports repeated under new
// slugs), sharing node_modules, for scale builds; and the Markdown bodies of the reports, for the
// peer site.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../../src/lib/structure/split-front-matter';

const ENTRIES = ['src', 'scripts', 'public', 'sources', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content'];

export function scaleCopy(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-scale-'));
  for (const entry of ENTRIES) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const reports = readdirSync('content/reports').sort();
  addCopies(dir, Array.from({ length: Math.max(0, count - reports.length) }, (_, k) => reports.length + k));
  return dir;
}

/** Adds copy number i of one of the five reports to a scale copy, its sections placed as the original's. */
export function addCopy(dir: string, i: number): void {
  addCopies(dir, [i]);
}

/** Adds the copies numbered so, and edits each theme and list once for all of them (not once a copy: that was quadratic). */
function addCopies(dir: string, numbers: readonly number[]): void {
  const reports = readdirSync('content/reports').sort();
  const copies = numbers.map((i) => {
    const name = reports[i % reports.length]!;
    const slug = name.replace('.md', '');
    writeFileSync(join(dir, 'content/reports', `${slug}-copy${i}.md`), readFileSync(`content/reports/${name}`));
    return { slug, copy: `${slug}-copy${i}` };
  });
  // Every heading of a report must be placed (a theme, or excluded): a corpus of N reports maps N.
  const copied = (entries: { report: string }[]) => [...entries, ...copies.flatMap(({ slug, copy }) => entries.filter((e) => e.report === slug).map((e) => ({ ...e, report: copy })))];
  const edit = (file: string, change: (data: any) => unknown) => writeFileSync(join(dir, file), stringify(change(parse(readFileSync(join(dir, file), 'utf8')))));
  for (const theme of readdirSync(join(dir, 'content/themes'))) edit(`content/themes/${theme}`, (t) => ({ ...t, sections: copied(t.sections) }));
  edit('content/theme-exclusions.yaml', copied);
  edit('content/conclusions.yaml', copied);
}

/** The bodies of N reports (the five repeated), titled by slug, for a peer site. */
export function reportBodies(count: number): { slug: string; title: string; markdown: string }[] {
  const reports = readdirSync('content/reports').sort().map((name) => ({
    slug: name.replace('.md', ''),
    markdown: splitFrontMatter(readFileSync(`content/reports/${name}`, 'utf8')).body.trimStart(),
  }));
  return Array.from({ length: count }, (_, i) => {
    const r = reports[i % reports.length]!;
    const slug = i < reports.length ? r.slug : `${r.slug}-copy${i}`;
    return { slug, title: slug, markdown: r.markdown };
  });
}
