// Worker-thread body of src/data/search-index.ts (bundled with search-index-build.ts): makes the
// records of the input it is sent once, builds their index and posts the result, or the error as text.
import { parentPort } from 'node:worker_threads';
import { buildIndex } from './search-index-build';
import type { WorkerReply, WorkerRequest } from './search-index';
import { searchRecords } from './site-search-records';

parentPort?.once('message', ({ input, cacheDir, shardParagraphs, pagefindCli, codeKey }: WorkerRequest) => {
  Promise.resolve().then(() => buildIndex(searchRecords(input), cacheDir, { shardParagraphs, pagefindCli, codeKey })).then(
    (index) => parentPort!.postMessage({ index } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
