// Renders report files in the calling thread with src/lib/report-model/render-report.ts: the
// body of both the in-process path and each worker of render-pool.ts. Entity data and the
// processor are built once per thread; errors cross a thread boundary as plain fields (WireReport).
import { loadEntityData } from '../data/entity-data';
import { entityNames } from '../lib/entities/entity-names';
import type { ContentErrorInit } from '../lib/errors';
import { renderReport, reportProcessor, type RenderedReport } from '../lib/report-model/render-report';

export interface RenderJob {
  /** Path shown in messages, e.g. content/reports/cop8-2016.md. */
  file: string;
  bytes: Uint8Array;
  /** The front matter already parsed by read-report-files.ts (its `body` is the report's addressee). */
  frontMatter?: unknown;
}

/** What crosses the thread boundary: a RenderedReport whose errors are plain fields. */
export type WireReport = Omit<RenderedReport, 'errors'> & { errors: ContentErrorInit[] };

export interface WorkerRequest {
  root: string;
  internal: Record<string, string>;
  jobs: RenderJob[];
}

const processors = new Map<string, ReturnType<typeof reportProcessor>>();
const namesOf = new WeakMap<object, ReadonlyMap<string, string>>();
/** The entity names of this entity data, made once. */
function names(data: ReturnType<typeof loadEntityData>): ReadonlyMap<string, string> {
  if (!namesOf.has(data)) namesOf.set(data, entityNames(data));
  return namesOf.get(data)!;
}

/** Renders jobs in this thread: the worker's body too. */
export function renderHere(root: string, internal: Record<string, string>, jobs: readonly RenderJob[]): RenderedReport[] {
  const data = loadEntityData(root);
  const { matcher } = data;
  const key = `${root}\0${JSON.stringify(internal)}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = reportProcessor({ matcher, internal })));
  return jobs.map((job) => {
    const body = (job.frontMatter as { body?: unknown } | undefined)?.body;
    return renderReport(job.file, job.bytes, processor, { matcher, entityNames: names(data), addressedTo: typeof body === 'string' ? body : undefined });
  });
}

export const toWire = (r: RenderedReport): WireReport => ({
  ...r,
  errors: r.errors.map(({ file, line, field, expected, found, problem }) => ({ file, line, field, expected, found, problem })),
});

