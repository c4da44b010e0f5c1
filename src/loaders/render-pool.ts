// Renders report files with src/lib/report-model/render-report.ts, in this thread or in worker
// threads (one per core, fed in small batches so both finish together; the worker bundled by
// src/data/worker-bundle.ts). Errors cross the thread boundary as plain fields and become
// ContentErrors again here.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../data/worker-bundle';
import { ContentError } from '../lib/errors';
import type { RenderedReport } from '../lib/report-model/render-report';
import { renderHere, type RenderJob, type WireReport, type WorkerRequest } from './render-here';

export type { RenderJob } from './render-here';

export interface PoolOptions {
  root: string;
  internal: Record<string, string>;
  /** Use worker threads (else render here). */
  workers: boolean;
  /** Reports per message to a worker. */
  batch?: number;
}

export async function renderReports(jobs: readonly RenderJob[], { root, internal, workers, batch = 6 }: PoolOptions): Promise<RenderedReport[]> {
  if (!workers || jobs.length === 0) return renderHere(root, internal, jobs);
  const script = await bundledWorker(new URL('./render-worker.ts', import.meta.url), 'render-worker');
  const results: RenderedReport[] = new Array(jobs.length);
  let next = 0;
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / batch)));
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(script);
    const send = (): void => {
      if (next >= jobs.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const from = next;
      next = Math.min(jobs.length, next + batch);
      const request: WorkerRequest = { root, internal, jobs: jobs.slice(from, next) as RenderJob[] };
      worker.once('message', (wire: WireReport[]) => {
        wire.forEach((r, i) => { results[from + i] = { ...r, errors: r.errors.map((e) => new ContentError(e)) }; });
        send();
      });
      worker.postMessage(request);
    };
    worker.once('error', reject);
    send();
  })));
  return results;
}
