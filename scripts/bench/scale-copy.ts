// A throw-away copy of the project with N report files (the five reports repeated under new
// slugs), sharing node_modules, for scale builds; and the Markdown bodies of the reports, for the
// peer site.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { splitFrontMatter } from '../../src/lib/structure/split-front-matter';

const ENTRIES = ['src', 'scripts', 'public', 'sources', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content'];

export function scaleCopy(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-scale-'));
  for (const entry of ENTRIES) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const reports = readdirSync('content/reports').sort();
  for (let i = reports.length; i < count; i += 1) addCopy(dir, i);
  return dir;
}

/** Adds copy number i of one of the five reports to a scale copy. */
export function addCopy(dir: string, i: number): void {
  const reports = readdirSync('content/reports').sort();
  const name = reports[i % reports.length]!;
  writeFileSync(join(dir, 'content/reports', name.replace('.md', `-copy${i}.md`)), readFileSync(`content/reports/${name}`));
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
