// The search index as built in its worker thread (src/data/search-index-worker.ts), off the
// thread where Astro writes the pages, so that no step of it waits for Astro's event loop. Each
// record becomes a tiny page (src/lib/search-pages.ts) in a site folder kept in the cache,
// rewritten only where a record changed, and Pagefind's indexer runs over that folder, once per
// shard of the index (src/lib/search/shards.ts): at 500 reports that takes about half as long as
// feeding 43,000 records through its Node API, one message each. An index of the same records is
// reused as it is, and so is each shard of the same records.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { searchPageHtml, searchPagePath } from '../lib/search-pages';
import { isEntity, partitionRecords, shardInfo, shardPath, type ShardManifest } from '../lib/search/shards';
import { countWords, mergeShardCounts, vocabularyFiles } from '../lib/search/vocabulary';
import type { SearchRecord } from '../lib/search-records';
import type { SearchIndex } from './search-index';

const digestOf = (pages: ReadonlyMap<string, string>, codeKey: string): string => {
  const digest = createHash('sha256').update(codeKey).update('\0');
  for (const [path, html] of pages) digest.update(path).update('\0').update(html).update('\0');
  return digest.digest('hex').slice(0, 16);
};

export interface BuildOptions {
  /** Paragraphs per shard. */
  shardParagraphs: number;
  /** Pagefind's command-line runner (node_modules/pagefind/lib/runner/bin.cjs). */
  pagefindCli: string;
  /** The digest of the code and pinned dependencies (src/data/source-digest.ts): a kept shard or index is one this code made. */
  codeKey: string;
}

/** Indexes the records into cacheDir: each shard by its own Pagefind run, kept by its digest, then put together. */
export async function buildIndex(records: readonly SearchRecord[], cacheDir: string, { shardParagraphs, pagefindCli, codeKey }: BuildOptions): Promise<SearchIndex> {
  const started = performance.now();
  const parts = partitionRecords(records, shardParagraphs);
  const pagesOf = parts.map((part) => new Map(part.map((r) => [searchPagePath(r.url), searchPageHtml(r)])));
  if (pagesOf.reduce((n, pages) => n + pages.size, 0) !== records.length) throw new Error('pagefind: two search records have the same URL');
  const shardKeys = pagesOf.map((pages) => digestOf(pages, codeKey));
  const key = createHash('sha256').update(shardKeys.join(' ')).digest('hex').slice(0, 16);
  const dir = join(cacheDir, `pagefind-${key}`);
  const paragraphs = records.filter((r) => !isEntity(r)).length;
  const counts = { paragraphs, entities: records.length - paragraphs, shards: parts.length };
  if (existsSync(dir)) return { dir, ...counts, reused: true, written: 0, ms: Math.round(performance.now() - started) };

  // Each shard is indexed on its own, one after the other, and kept by its digest: Pagefind's
  // process then holds one shard at a time (about 68 KB a record), and a rebuild re-indexes only
  // the shards whose records changed. While Pagefind indexes one shard, this thread writes the
  // next shard's pages and counts this one's words for the vocabulary.
  const site = join(cacheDir, 'search-site');
  const todo = pagesOf.flatMap((_, k) => (existsSync(join(cacheDir, `shard-${shardKeys[k]}`)) ? [] : [k]));
  const sync = (k: number | undefined): Promise<number> => {
    const writing = k === undefined ? Promise.resolve(0) : syncSite(join(site, String(k)), pagesOf[k]!);
    writing.catch(() => {}); // awaited below; a failure is not unhandled while Pagefind runs
    return writing;
  };
  const wordCounts: (Map<string, number> | undefined)[] = [];
  const countShard = (k: number) => { wordCounts[k] ??= countWords(parts[k]!.map(indexedText)); };
  let written = 0;
  let synced = sync(todo[0]);
  for (const [i, k] of todo.entries()) {
    written += await synced;
    const partial = join(cacheDir, `partial-${shardKeys[k]}`);
    rmSync(partial, { recursive: true, force: true });
    // One fragment file per record, as Pagefind writes them by default: a result then fetches its
    // own 2 KB, not a bundle of some 44 records (PAGEFIND_MAX_FRAGMENTS=1000). At 500 reports that
    // took the first search from 814 to 493 KB, and the clean build from 78 to 71 s (docs/search.md).
    const indexing = run(process.execPath, [pagefindCli, '--site', join(site, String(k)), '--output-path', partial, '--force-language', 'en'], process.env);
    synced = sync(todo[i + 1]);
    countShard(k);
    const log = await indexing;
    const indexed = Number(/Indexed (\d+) pages?/.exec(log)?.[1]);
    if (indexed !== pagesOf[k]!.size) throw new Error(`pagefind: indexed ${indexed} pages of shard ${k}'s ${pagesOf[k]!.size} records:\n${log}`);
    renameSync(partial, join(cacheDir, `shard-${shardKeys[k]}`));
  }
  for (const stale of existsSync(site) ? readdirSync(site) : []) if (!/^\d+$/.test(stale) || Number(stale) >= parts.length) rmSync(join(site, stale), { recursive: true, force: true });
  parts.forEach((_, k) => countShard(k));

  const partial = join(cacheDir, `partial-${key}`);
  rmSync(partial, { recursive: true, force: true });
  assembleShards(partial, shardKeys.map((k) => join(cacheDir, `shard-${k}`)));
  writeVocabulary(partial, wordCounts as Map<string, number>[]);
  writeFileSync(join(partial, 'shards.json'), JSON.stringify({ shards: parts.map(shardInfo) } satisfies ShardManifest));
  // The cache keeps the newest index, and the shards it is made of, only.
  const kept = new Set(shardKeys.map((k) => `shard-${k}`));
  for (const old of readdirSync(cacheDir)) if (old.startsWith('pagefind-') || (old.startsWith('shard-') && !kept.has(old))) rmSync(join(cacheDir, old), { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, ...counts, reused: false, written, ms: Math.round(performance.now() - started) };
}

/**
 * The index folder: the first shard as Pagefind wrote it (pagefind.js, its worker and WebAssembly
 * at /pagefind/), each other shard in s1/, s2/… with its own metadata, word index, fragments and
 * filters. The page runs one Pagefind instance per shard (createInstance) from the one
 * pagefind.js; a shard's entry file points its WebAssembly at the first shard's, the same file
 * (Pagefind 1.6 loads `${basePath}wasm.${wasm}.pagefind`), so it is fetched once, not per shard.
 * Each shard keeps its worker script: the first instance a search starts loads the shared worker
 * from its own folder. The files are hard links to the shards' own (copies where the file system
 * cannot link): at 500 reports, 45,000 files put together in a second, not copied in six.
 */
function assembleShards(dir: string, shardDirs: readonly string[]): void {
  linkTree(shardDirs[0]!, dir);
  for (const [k, shardDir] of shardDirs.entries()) {
    if (k === 0) continue;
    const target = join(dir, shardPath(k));
    linkTree(shardDir, target, (name) => name !== 'pagefind-entry.json' && !/^(?:pagefind(?:-ui|-component-ui|-modular-ui|-highlight)?\.(?:js|css)|wasm\..*\.pagefind)$/.test(name));
    const entry = JSON.parse(readFileSync(join(shardDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
    for (const [language, index] of Object.entries(entry.languages)) {
      if (!index.wasm || !existsSync(join(dir, `wasm.${index.wasm}.pagefind`))) throw new Error(`pagefind: shard ${k}'s ${language} index names no WebAssembly the first shard has (${index.wasm})`);
      // `${basePath}wasm.x/../../wasm.en.pagefind` resolves to /pagefind/wasm.en.pagefind.
      index.wasm = `x/../../wasm.${index.wasm}`;
    }
    // A file of its own, not a link: the shard's kept entry stays as Pagefind wrote it.
    writeFileSync(join(target, 'pagefind-entry.json'), JSON.stringify(entry));
  }
}

/**
 * Makes `to` a tree of hard links to the files of `from` (those whose name `keep` accepts), and
 * copies where a link cannot be made (another file system). For trees whose files are never
 * written in place: Pagefind's output, which is named by its content.
 */
export function linkTree(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target, keep);
    else if (keep(entry.name)) {
      try {
        linkSync(source, target);
      } catch (error) {
        if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(source, target);
      }
    }
  }
}

/** Everything a record is indexed under: its text and its hidden words. */
const indexedText = (r: SearchRecord): string => [r.content, ...r.hidden.map((h) => h.text)].join(' ');

/** The vocabulary beside the index (`words/t.txt`…), from each shard's word counts (countWords over indexedText). */
function writeVocabulary(dir: string, perShard: readonly Map<string, number>[]): void {
  mkdirSync(join(dir, 'words'), { recursive: true });
  const { counts, shards } = mergeShardCounts(perShard);
  for (const [name, text] of vocabularyFiles(counts, perShard.length > 1 ? shards : undefined)) writeFileSync(join(dir, 'words', name), text);
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
