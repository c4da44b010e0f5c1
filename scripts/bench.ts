// npm run bench [-- --scale 500]: prints timings (median of 3) and sizes.
//   import time for the five sources · clean build time · pages built · HTML bytes (total, largest
//   report) · JS and CSS bytes per page kind, raw and gzipped.
// With --scale N it also builds a throw-away copy of the site with N report pages (the five
// reports repeated) and prints that build's time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { importReport, type EstablishedSymbol } from '../src/lib/importer/index';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const time = (fn: () => void) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A clean build: no dist/, and no content cache (.astro/, see cacheDir in astro.config.mjs). */
function build(cwd: string): number {
  for (const cache of ['dist', '.astro']) rmSync(join(cwd, cache), { recursive: true, force: true });
  return time(() => execFileSync('npx', ['astro', 'build', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] }));
}

// 1. Import
const symbols = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as EstablishedSymbol[];
const sources = readdirSync('sources').filter((f) => f.endsWith('.txt'));
const texts = sources.map((f) => [f, readFileSync(`sources/${f}`, 'utf8')] as const);
const importMs = median([0, 1, 2].map(() => time(() => texts.forEach(([f, t]) => importReport(f, t, { establishedSymbols: symbols })))));
console.log(`import, ${sources.length} sources (median of 3): ${importMs.toFixed(1)} ms`);

// 2. Clean build
const buildMs = median([0, 1, 2].map(() => build('.')));
console.log(`clean build (median of 3): ${(buildMs / 1000).toFixed(2)} s`);

// 3. Sizes
const files = walk('dist');
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const htmlBytes = htmlFiles.reduce((sum, f) => sum + statSync(f).size, 0);
const reportPages = htmlFiles.filter((f) => /dist\/reports\/[^/]+\/index\.html$/.test(f));
const largest = reportPages.map((f) => [f, statSync(f).size] as const).sort((a, b) => b[1] - a[1])[0]!;
console.log(`pages built: ${htmlFiles.length} HTML pages; total HTML ${kb(htmlBytes)}; largest report page ${largest[0].replace('dist', '')} ${kb(largest[1])}`);

const kinds: [string, string][] = [
  ['home', 'dist/index.html'],
  ['reports index', 'dist/reports/index.html'],
  ['report', largest[0]],
  ['session', 'dist/sessions/cop8/index.html'],
  ['about', 'dist/about/index.html'],
];
console.log('JS and CSS a page loads (inline and linked; raw / gzipped):');
for (const [kind, file] of kinds) {
  const html = readFileSync(file, 'utf8');
  const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join('dist', m[1]!), 'utf8')).join('');
  const js = inlineJs + linked(/<script\b[^>]*src="([^"]+)"/g);
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('') + linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const size = (s: string) => `${kb(Buffer.byteLength(s))} / ${kb(gzipSync(s).length)}`;
  console.log(`  ${kind.padEnd(14)} JS ${size(js).padEnd(20)} CSS ${size(css)}`);
}

// 4. Scale
const scaleAt = process.argv.indexOf('--scale');
if (scaleAt > 0) {
  const count = Number(process.argv[scaleAt + 1] ?? 500);
  const dir = mkdtempSync(join(tmpdir(), 'palermo-scale-'));
  for (const entry of ['src', 'scripts', 'public', 'sources', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content']) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const reports = readdirSync('content/reports');
  for (let i = reports.length; i < count; i += 1) {
    const name = reports[i % reports.length]!;
    writeFileSync(join(dir, 'content/reports', name.replace('.md', `-copy${i}.md`)), readFileSync(`content/reports/${name}`));
  }
  const ms = build(dir);
  const pages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
  console.log(`scale: ${count} reports → ${pages} HTML pages, clean build ${(ms / 1000).toFixed(1)} s`);
  rmSync(dir, { recursive: true, force: true });
}
