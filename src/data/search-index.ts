// Builds the Pagefind index as soon as the report models exist — started by the report loader,
// awaited by the Pagefind integration after the pages are written — in a worker thread
// (src/data/search-index-build.ts), so that the index, with Pagefind in its own processes, is
// built on one core while Astro generates pages on the other, and none of its steps waits for
// Astro's event loop (at 500 reports, in Astro's thread, that wait made the index take 40–50 s
// instead of 26–33). The loader and the integration run in different module runners, so the job is
// handed over on globalThis.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SHARD_PARAGRAPHS } from '../lib/search/shards';
import type { SearchRecordsInput } from './site-search-records';
import { sourceDigest } from './source-digest';
import { bundledWorker } from './worker-bundle';

export interface SearchIndex {
  /** Folder that holds the finished index. */
  dir: string;
  paragraphs: number;
  entities: number;
  /** Index shards (one up to SHARD_PARAGRAPHS paragraphs). */
  shards: number;
  /** True when an index of the same records was reused. */
  reused: boolean;
  /** Pages of the index site written (records of the shards re-indexed) this time. */
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

/** On a build, starts making and indexing the records into cacheDir (a later call replaces the job). */
export function startSearchIndex(input: () => SearchRecordsInput, cacheDir: string): void {
  const g = globalThis as Global;
  if (!g[ENABLED]) return;
  g[JOB] = inWorker(input(), cacheDir);
  g[JOB].catch(() => {}); // awaited, and reported, by the integration
}

/** The job the loader started, if any. */
export function searchIndexJob(): Promise<SearchIndex> | undefined {
  return (globalThis as Global)[JOB];
}

/** Paragraphs per shard: SHARD_PARAGRAPHS, or PALERMO_SEARCH_SHARD_PARAGRAPHS (the tests build a sharded 5-report site). */
function shardParagraphs(): number {
  const set = process.env['PALERMO_SEARCH_SHARD_PARAGRAPHS'];
  if (set === undefined) return SHARD_PARAGRAPHS;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PALERMO_SEARCH_SHARD_PARAGRAPHS must be a whole number of paragraphs, not "${set}"`);
  return n;
}

/** What the worker is sent, and what it answers. */
export interface WorkerRequest {
  /** What the records are made from (the worker makes them: src/data/site-search-records.ts). */
  input: SearchRecordsInput;
  cacheDir: string;
  shardParagraphs: number;
  pagefindCli: string;
  codeKey: string;
}
export type WorkerReply = { index: SearchIndex } | { error: string };

/** The index made and built by a worker thread, from the records' input, which is not kept here once sent. */
function inWorker(input: SearchRecordsInput, cacheDir: string): Promise<SearchIndex> {
  // Emptied once posted: the callbacks below keep this object, not the input.
  const job: { request?: WorkerRequest } = { request: { input, cacheDir, shardParagraphs: shardParagraphs(), pagefindCli: PAGEFIND_CLI, codeKey: sourceDigest() } };
  return bundledWorker(new URL('./search-index-worker.ts', import.meta.url), 'search-index-worker').then((script) => {
    const worker = new Worker(script);
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`pagefind: the search index worker stopped (exit code ${code}) before it finished`)));
    });
    worker.postMessage(job.request);
    delete job.request;
    return reply.then((answer) => {
      if ('error' in answer) throw new Error(answer.error);
      return answer.index;
    }).finally(() => void worker.terminate());
  });
}
