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
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import vnu from 'vnu-jar';
import { chromiumPath, launchBrowser } from '../tests/helpers/browser';
import { serveDist } from '../tests/helpers/serve-dist';

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
  ['countries', 'dist/countries/index.html'],
  ['country', 'dist/countries/nga/index.html'],
  ['programme', 'dist/programmes/glo-act/index.html'],
  ['references', 'dist/references/index.html'],
  ['search', 'dist/search/index.html'],
];
console.log('JS and CSS a page loads (inline and linked; raw / gzipped):');
for (const [kind, file] of kinds) {
  const html = readFileSync(file, 'utf8');
  // Executable scripts only: a <script type="application/json"> holds data, not code.
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1]!)).map((m) => m[2]!).join('');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join('dist', m[1]!), 'utf8')).join('');
  const js = inlineJs + linked(/<script\b[^>]*src="([^"]+)"/g);
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('') + linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const size = (s: string) => `${kb(Buffer.byteLength(s))} / ${kb(gzipSync(s).length)}`;
  console.log(`  ${kind.padEnd(14)} JS ${size(js).padEnd(20)} CSS ${size(css)}`);
}

// 4. Search: index size, bytes for a first query from an empty cache, warm keystroke-to-results.
const indexBytes = walk('dist/pagefind').filter((f) => !/pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(f)).reduce((n, f) => n + statSync(f).size, 0);
console.log(`search index on disk: ${kb(indexBytes)} (dist/pagefind without the unused UI bundles)`);
{
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    for (const word of ['trafficking', 'Karachi']) {
      const page = await browser.newPage();
      await page.goto(`${served.origin}/search/`, { waitUntil: 'networkidle' });
      const responses: { url: string; raw: number; gzip: number }[] = [];
      page.on('response', (response) => {
        if (!response.url().includes('/pagefind/')) return;
        void response.body().then((body) => responses.push({ url: response.url(), raw: body.length, gzip: /\.(js|json)$/.test(response.url()) ? gzipSync(body).length : body.length }));
      });
      const run = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
      await page.locator('#q').fill(word);
      await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n && document.body.dataset['searchState'] === 'done', run);
      await page.waitForTimeout(200);
      const raw = responses.reduce((n, r) => n + r.raw, 0);
      const gzip = responses.reduce((n, r) => n + r.gzip, 0);
      console.log(`first search for "${word}": ${responses.length} requests, ${kb(raw)} raw, ${kb(gzip)} as served compressed (JS gzipped; index files are compressed by Pagefind)`);
      if (word === 'Karachi') {
        const times: number[] = [];
        for (const next of ['victims', 'Libya', 'scam compounds', 'organ removal', 'Blue Heart']) {
          const before = await page.evaluate(() => Number(document.body.dataset['searchRun'] ?? 0));
          await page.locator('#q').fill(next.slice(0, -1));
          await page.waitForTimeout(120);
          const started = await page.evaluate(() => performance.now());
          await page.locator('#q').press(next.slice(-1));
          await page.waitForFunction((n) => Number(document.body.dataset['searchRun']) > n + 1 && document.body.dataset['searchState'] === 'done', before);
          const ended = await page.evaluate(() => performance.now());
          times.push(ended - started);
        }
        console.log(`warm search, last keystroke to results rendered (50 ms debounce included): median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

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
  const served = await serveDist();
  const { executablePath, args } = await chromiumPath();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...args.filter((a) => !a.startsWith('--headless')), '--headless=new'] });
  try {
    for (const path of ['/', '/reports/ga74-2019/', '/sessions/cop8/', '/countries/', '/countries/nga/', '/programmes/glo-act/', '/references/', '/search/?q=Karachi']) {
      const result = await lighthouse(served.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const scores = Object.entries(result!.lhr.categories).map(([name, c]) => `${name} ${(c.score ?? 0).toFixed(2)}`);
      console.log(`Lighthouse (mobile) ${path}: ${scores.join(', ')}`);
    }
  } finally {
    chrome.kill();
    await served.close();
  }
}

// 6. Scale
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
