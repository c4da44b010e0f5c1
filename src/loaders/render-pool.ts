// Renders report files with src/lib/report-model/render-report.ts, in this thread or in worker
// threads (one per core, fed in small batches so both finish together). The worker is bundled
// once per code version with esbuild into the content cache, because worker threads cannot load
// TypeScript through Vite. Errors cross the thread boundary as plain fields and become
// ContentErrors again here.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { sourceDigest } from '../data/source-digest';
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
  const script = await workerScript();
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

/** The bundled worker for the current code, built on first use. */
async function workerScript(): Promise<string> {
  // Beside the code's own node_modules, so the bundle's external packages resolve from it.
  const dir = fileURLToPath(new URL('../../node_modules/.cache/palermo-record/', import.meta.url));
  const outfile = join(dir, `render-worker-${sourceDigest()}.mjs`);
  if (!existsSync(outfile)) {
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [fileURLToPath(new URL('./render-worker.ts', import.meta.url))],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      packages: 'external',
      logLevel: 'error',
    });
  }
  return outfile;
}
