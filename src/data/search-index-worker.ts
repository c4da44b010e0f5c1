// Worker-thread body of src/data/search-index.ts (bundled with search-index-build.ts): builds the
// index it is sent once and posts the result, or the error as text.
import { parentPort } from 'node:worker_threads';
import { buildIndex } from './search-index-build';
import type { WorkerReply, WorkerRequest } from './search-index';

parentPort?.once('message', ({ records, cacheDir, shardParagraphs, pagefindCli }: WorkerRequest) => {
  buildIndex(records, cacheDir, { shardParagraphs, pagefindCli }).then(
    (index) => parentPort!.postMessage({ index } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
