// Where a report's rendered HTML and paragraph model live: files in the content cache
// (.astro/cache/reports/), not Astro's data store. Astro inlines the whole data store into the
// page bundle as one string and parses it back in every build; at 500 reports the HTML and
// models were 150 of its 180 MB: 16 s of Vite bundling and 5 s of loading it back, for data that
// only the report page (one report's HTML) and the page data (every model, once) read. The
// loader writes the files; the stored entry keeps their paths, relative to the project root.
// Pages read them from the project they build (the working directory, as entity-data.ts does).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AknBody } from '../lib/akn/akn-body';
import type { ReportModel } from '../lib/report-model/model';

/**
 * The files of one rendered report, relative to the project root: what the render made, named by
 * the digest of what it reads (the report's bytes, entity data, corpus symbols, code), and the
 * page's HTML (the render's with the theme lines, src/lib/cross-session/theme-lines.ts), named
 * by the entry's digest, so that new theme lines need no new render.
 */
export interface RenderedFiles {
  /** The render's HTML, without theme lines. */
  base: string;
  model: string;
  /** The Akoma Ntoso body, read off the render's tree (src/lib/akn/akn-body.ts). */
  akn: string;
  /** The HTML the report page shows. */
  html: string;
}

const FOLDER = 'reports';

export function renderedFiles(root: string, cacheDir: string, renderKey: string, digest: string): RenderedFiles {
  const dir = relative(root, join(cacheDir, FOLDER));
  return { base: join(dir, `${renderKey}.base.html`), model: join(dir, `${renderKey}.model.json`), akn: join(dir, `${renderKey}.akn.json`), html: join(dir, `${digest}.html`) };
}

const exists = (root: string, file: string) => existsSync(join(root, file));

/** Whether the render's files are there. */
export function hasRender(root: string, files: RenderedFiles): boolean {
  // An entry stored before the Akoma Ntoso body was kept names no such file: rendered again.
  return !!files.akn && exists(root, files.base) && exists(root, files.model) && exists(root, files.akn);
}

/** Whether every file is there (a stored entry whose files are gone is made again). */
export function hasRendered(root: string, files: RenderedFiles): boolean {
  return hasRender(root, files) && exists(root, files.html);
}

export function writeRender(root: string, files: RenderedFiles, base: string, model: ReportModel, akn: AknBody): void {
  mkdirSync(join(root, files.base, '..'), { recursive: true });
  writeFileSync(join(root, files.base), base);
  writeFileSync(join(root, files.model), JSON.stringify(model));
  writeFileSync(join(root, files.akn), JSON.stringify(akn));
}

export function writeHtml(root: string, files: RenderedFiles, html: string): void {
  writeFileSync(join(root, files.html), html);
}

export function readRenderedBase(files: RenderedFiles, root = process.cwd()): string {
  return readFileSync(join(root, files.base), 'utf8');
}

export function readRenderedHtml(files: RenderedFiles, root = process.cwd()): string {
  return readFileSync(join(root, files.html), 'utf8');
}

export function readRenderedAkn(files: RenderedFiles, root = process.cwd()): AknBody {
  return JSON.parse(readFileSync(join(root, files.akn), 'utf8')) as AknBody;
}

export function readRenderedModel(files: RenderedFiles, root = process.cwd()): ReportModel {
  return JSON.parse(readFileSync(join(root, files.model), 'utf8')) as ReportModel;
}

/** Removes the files of reports no longer stored (older digests, deleted reports). */
export function pruneRendered(root: string, cacheDir: string, keep: readonly RenderedFiles[]): void {
  const dir = join(cacheDir, FOLDER);
  if (!existsSync(dir)) return;
  const kept = new Set(keep.flatMap((f) => [f.base, f.model, f.akn, f.html].map((file) => join(root, file))));
  for (const name of readdirSync(dir)) if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
