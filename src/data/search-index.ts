// Builds the Pagefind index as soon as the report models exist — started by the report loader,
// awaited by the Pagefind integration after the pages are written — so that Pagefind, in its own
// process, indexes on one core while Astro generates pages on the other. Each record becomes a
// tiny page (src/lib/search-pages.ts) in a site folder kept in the cache, rewritten only where a
// record changed, and Pagefind's indexer runs over that folder: at 500 reports that takes about
// half as long as feeding 43,000 records through its Node API, one message each. An index of the
// same records is reused as it is. The loader and the integration run in different module
// runners, so the job is handed over on globalThis.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchPageHtml, searchPagePath } from '../lib/search-pages';
import { countWords, vocabularyFiles } from '../lib/search/vocabulary';
import type { SearchRecord } from '../lib/search-records';

export interface SearchIndex {
  /** Folder that holds the finished index. */
  dir: string;
  paragraphs: number;
  entities: number;
  /** True when an index of the same records was reused. */
  reused: boolean;
  /** Pages of the index site written (changed records) this time. */
  written: number;
  ms: number;
}

const JOB = Symbol.for('palermo-record:search-index');
const ENABLED = Symbol.for('palermo-record:search-index-enabled');
type Global = typeof globalThis & { [JOB]?: Promise<SearchIndex>; [ENABLED]?: boolean };
const PAGEFIND_CLI = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** Called by the integration on a build: only then does the loader start an index. */
export function enableSearchIndex(): void {
  (globalThis as Global)[ENABLED] = true;
}

/** On a build, starts indexing the records into cacheDir (a later call replaces the job). */
export function startSearchIndex(records: () => readonly SearchRecord[], cacheDir: string): void {
  const g = globalThis as Global;
  if (!g[ENABLED]) return;
  g[JOB] = buildIndex(records(), cacheDir);
  g[JOB].catch(() => {}); // awaited, and reported, by the integration
}

/** The job the loader started, if any. */
export function searchIndexJob(): Promise<SearchIndex> | undefined {
  return (globalThis as Global)[JOB];
}

async function buildIndex(records: readonly SearchRecord[], cacheDir: string): Promise<SearchIndex> {
  const started = performance.now();
  const pages = new Map(records.map((r) => [searchPagePath(r.url), searchPageHtml(r)]));
  if (pages.size !== records.length) throw new Error('pagefind: two search records have the same URL');
  const digest = createHash('sha256');
  for (const [path, html] of pages) digest.update(path).update('\0').update(html).update('\0');
  const key = digest.digest('hex').slice(0, 16);
  const dir = join(cacheDir, `pagefind-${key}`);
  const paragraphs = records.filter((r) => r.filters['type']?.[0] === 'paragraph').length;
  const counts = { paragraphs, entities: records.length - paragraphs };
  if (existsSync(dir)) return { dir, ...counts, reused: true, written: 0, ms: Math.round(performance.now() - started) };

  const site = join(cacheDir, 'search-site');
  const written = await syncSite(site, pages);
  const partial = join(cacheDir, `partial-${key}`);
  rmSync(partial, { recursive: true, force: true });
  // One fragment file per record, as Pagefind writes them by default: a result then fetches its
  // own 2 KB, not a bundle of some 44 records (PAGEFIND_MAX_FRAGMENTS=1000). At 500 reports that
  // took the first search from 814 to 493 KB, and the clean build from 78 to 71 s (docs/search.md).
  const log = await run(process.execPath, [PAGEFIND_CLI, '--site', site, '--output-path', partial, '--force-language', 'en'], process.env);
  const indexed = Number(/Indexed (\d+) pages?/.exec(log)?.[1]);
  if (indexed !== records.length) throw new Error(`pagefind: indexed ${indexed} pages of ${records.length} records:\n${log}`);
  writeVocabulary(partial, records);
  // The cache keeps the newest index only.
  for (const old of readdirSync(cacheDir)) if (old.startsWith('pagefind-')) rmSync(join(cacheDir, old), { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, ...counts, reused: false, written, ms: Math.round(performance.now() - started) };
}

/** The vocabulary beside the index (`words/t.txt`…), from everything each record is indexed under. */
function writeVocabulary(dir: string, records: readonly SearchRecord[]): void {
  mkdirSync(join(dir, 'words'), { recursive: true });
  const counts = countWords(records.map((r) => [r.content, ...r.hidden.map((h) => h.text)].join(' ')));
  for (const [name, text] of vocabularyFiles(counts)) writeFileSync(join(dir, 'words', name), text);
}

/** Makes the site folder hold exactly these pages, writing only what changed (manifest of digests). */
export async function syncSite(site: string, pages: ReadonlyMap<string, string>): Promise<number> {
  const manifestPath = join(site, 'manifest.json');
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  } catch {
    rmSync(site, { recursive: true, force: true });
  }
  mkdirSync(site, { recursive: true });
  const after: Record<string, string> = {};
  const changed: [string, string][] = [];
  for (const [path, html] of pages) {
    after[path] = createHash('sha1').update(html).digest('base64');
    if (before[path] !== after[path]) changed.push([path, html]);
  }
  const removed = Object.keys(before).filter((path) => !pages.has(path));
  // The manifest goes first and last: a build stopped half-way leaves no manifest, so the next
  // build rewrites the whole folder rather than trust it.
  rmSync(manifestPath, { force: true });
  // One mkdir per folder, shared by the pages written into it at the same time.
  const folders = new Map<string, Promise<unknown>>();
  await inBatches(changed, async ([path, html]) => {
    const file = join(site, path);
    const folder = dirname(file);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await writeFile(file, html);
  });
  await inBatches(removed, (path) => rm(join(site, path), { force: true }));
  writeFileSync(manifestPath, JSON.stringify(after));
  return changed.length;
}

/** Runs fn over items, 64 at a time (file writes go to libuv's threads, not this one). */
async function inBatches<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(fn));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`pagefind exited with ${code}:\n${out}`))));
  });
}
