// npm run bench [-- --scale 500] [-- --peer]: prints timings and sizes, with the Node version
// the build ran on.
//   import · clean build (median of 3) with time per stage and peak memory · pages and HTML bytes ·
//   JS and CSS per page kind · search index size, first-search bytes, warm keystroke-to-results ·
//   Nu HTML Checker errors and Lighthouse (mobile) per page kind.
// --scale N: a throw-away copy with N reports (the five repeated): a clean build, then a rebuild
//   after adding one report with the caches kept, as a maintainer would.
// --peer: a stock Starlight site (latest release, from the npm registry, in a temporary folder) fed
//   the same Markdown bodies; clean builds of both in turn (A B A B), medians and ratios: at 5
//   reports against Starlight's default Markdown processor, at the --scale size (500 unless given)
//   against Starlight on the unified processor, the same Markdown engine as ours.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { importReport, type EstablishedSymbol } from '../src/lib/importer/index';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import vnu from 'vnu-jar';
import { chromiumPath } from '../tests/helpers/browser';
import { serveDist } from '../tests/helpers/serve-dist';
import { addCopy, reportBodies, scaleCopy } from './bench/scale-copy';
import { removePeer, setupStarlightPeer, timeCleanBuild } from './bench/starlight-peer';
import { describeTiming, timedBuild, type BuildTiming } from './bench/timed-build';
import { searchFigures } from './bench/search-figures';

const argValue = (flag: string, fallback: number): number | undefined => {
  const at = process.argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const scale = argValue('--scale', 500);
const peer = process.argv.includes('--peer');

const mean = (values: number[]) => values.reduce((n, v) => n + v, 0) / values.length;
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

const medianTiming = (runs: BuildTiming[]): BuildTiming => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;

// 0. Runtime: the Node of the npm scripts (the project's own, from node_modules/.bin) and the system's.
const nodeOf = (bin: string) => { try { return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim(); } catch { return 'none'; } };
console.log(`Node: builds run on ${nodeOf('node')} (the project's own, node_modules/.bin/node); system Node ${nodeOf('/usr/bin/node')}`);

// 1. Import
const symbols = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as EstablishedSymbol[];
const sources = readdirSync('sources').filter((f) => f.endsWith('.txt'));
const texts = sources.map((f) => [f, readFileSync(`sources/${f}`, 'utf8')] as const);
const importMs = median([0, 1, 2].map(() => time(() => texts.forEach(([f, t]) => importReport(f, t, { establishedSymbols: symbols })))));
console.log(`import, ${sources.length} sources (median of 3): ${importMs.toFixed(1)} ms`);

// 2. Clean build
const clean = medianTiming([0, 1, 2].map(() => timedBuild('.')));
console.log(`clean build, 5 reports (median of 3): ${describeTiming(clean)}`);

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
  ['countries', 'dist/countries/index.html'],
  ['country', 'dist/countries/nga/index.html'],
  ['programme', 'dist/programmes/glo-act/index.html'],
  ['references', 'dist/references/index.html'],
  ['open data', 'dist/data/index.html'],
  ['theme', 'dist/themes/protection-of-victims/index.html'],
  ['figure', 'dist/figures/parties/index.html'],
  ['search', 'dist/search/index.html'],
];
console.log('JS and CSS a page loads (inline and linked, imported chunks included; raw / gzipped):');
for (const [kind, file] of kinds) {
  const html = readFileSync(file, 'utf8');
  // Executable scripts only: a <script type="application/json"> holds data, not code.
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1]!)).map((m) => m[2]!).join('');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join('dist', m[1]!), 'utf8')).join('');
  // A module script loads the chunks it imports ("import"./collect-list.js""), once each.
  const seen = new Set<string>();
  const moduleWithImports = (path: string): string => {
    if (seen.has(path)) return '';
    seen.add(path);
    const code = readFileSync(join('dist', path), 'utf8');
    const imports = [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => posix.join(posix.dirname(path), m[1]!));
    return code + imports.map(moduleWithImports).join('');
  };
  const js = inlineJs + [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => moduleWithImports(m[1]!)).join('');
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('') + linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const size = (s: string) => `${kb(Buffer.byteLength(s))} / ${kb(gzipSync(s).length)}`;
  console.log(`  ${kind.padEnd(14)} JS ${size(js).padEnd(20)} CSS ${size(css)}`);
}

// 4. Search: index size, bytes for a first query from an empty cache, warm keystroke-to-results.
await searchFigures('dist', '5 reports');

// 5. Judges: the W3C Nu HTML Checker on every page, Lighthouse (mobile) on each page kind.
{
  const pages = htmlFiles.filter((f) => !f.startsWith('dist/pagefind/'));
  let nu = '';
  try {
    nu = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...pages], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    nu = String((error as { stderr?: string }).stderr ?? '');
  }
  console.log(`Nu HTML Checker: ${nu.split('\n').filter((l) => l.startsWith('Error')).length} errors on ${pages.length} pages`);
  // Text gzipped, as static hosts serve it: uncompressed, the 165 KB report page and the 212 KB
  // countries page take Lighthouse's simulated first paint to 1.8 s (performance 0.98).
  const served = await serveDist('dist', { compress: true });
  const { executablePath, args } = await chromiumPath();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...args.filter((a) => !a.startsWith('--headless')), '--headless=new'] });
  try {
    for (const path of ['/', '/reports/ga74-2019/', '/sessions/cop8/', '/countries/', '/countries/nga/', '/programmes/glo-act/', '/references/', '/data/', '/themes/protection-of-victims/', '/figures/parties/', '/conclusions/', '/search/?q=Karachi']) {
      const result = await lighthouse(served.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const scores = Object.entries(result!.lhr.categories).map(([name, c]) => `${name} ${(c.score ?? 0).toFixed(2)}`);
      console.log(`Lighthouse (mobile, served gzipped) ${path}: ${scores.join(', ')}`);
    }
  } finally {
    chrome.kill();
    await served.close();
  }
}

// 6. Scale: a clean build of N reports, then a rebuild after adding one, caches kept.
if (scale) {
  const dir = scaleCopy(scale);
  try {
    const first = timedBuild(dir);
    const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    console.log(`scale: ${scale} reports → ${pages} HTML pages, clean build ${describeTiming(first)}`);
    await searchFigures(join(dir, 'dist'), `${scale} reports`);
    addCopy(dir, scale);
    console.log(`scale: rebuild after adding report ${scale + 1}, caches kept: ${describeTiming(timedBuild(dir, { keepCaches: true }))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 7. Peer: stock Starlight on the same bodies, builds in turn A B A B.
if (peer) {
  const compare = async (count: number, processor: 'default' | 'unified') => {
    const site = await setupStarlightPeer(reportBodies(count), processor);
    const dir = count === 5 ? '.' : scaleCopy(count);
    try {
      const ours: BuildTiming[] = [];
      const theirs: number[] = [];
      for (let round = 0; round < 2; round += 1) {
        ours.push(timedBuild(dir));
        theirs.push(timeCleanBuild(site.dir).seconds);
      }
      const a = mean(ours.map((t) => t.seconds));
      const b = mean(theirs);
      console.log(`peer, ${count} reports: ours ${a.toFixed(1)} s (${ours.map((t) => t.seconds.toFixed(1)).join(', ')}; peak ${Math.max(...ours.map((t) => t.peakMb ?? 0))} MB) · Starlight, ${processor} Markdown processor ${b.toFixed(1)} s (${theirs.map((t) => t.toFixed(1)).join(', ')}) · ratio ${(a / b).toFixed(2)}×`);
    } finally {
      removePeer(site);
      if (dir !== '.') rmSync(dir, { recursive: true, force: true });
    }
  };
  await compare(5, 'default');
  await compare(scale ?? 500, 'unified');
}
