// Astro content loader for content/reports/*.md: each report is read, checked and rendered once
// per build by src/lib/report-model/render-report.ts, and stored with its front matter as data
// (validated by the collection's zod schema), its HTML and outline as `rendered` (so render()
// and headings work as for any Markdown entry), and its paragraph model beside them
// (`rendered.metadata.model`, read through src/data/load-site.ts). A report whose bytes, entity
// data, corpus symbols and pipeline code are unchanged keeps its stored entry (content digest):
// a rebuild re-renders only what changed. Many reports render in worker threads, one per core.
// Every structural error of every report stops the build in one message, file and line first.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadEntityData } from '../data/entity-data';
import { unmentionedEntities } from '../lib/entities/entity-surfaces';
import { mentionIndex } from '../lib/entities/mention-index';
import { sourceDigest } from '../data/source-digest';
import { contentErrors } from '../lib/errors';
import { contentText } from '../lib/text-file';
import type { OutlineHeading, ReportModel } from '../lib/report-model/model';
import { reportSummaries, type ReportEntryIn } from '../lib/routes';
import { readReportFiles, type ReportFile } from '../data/read-report-files';
import { readSessions } from '../data/read-sessions';
import { startSearchIndex } from '../data/search-index';
import { siteSearchRecords } from '../data/site-search-records';
import { renderReports } from './render-pool';
import { loadCrossSessionData } from '../data/cross-session-data';
import { checkQuotes } from '../lib/cross-session/check-quotes';
import { checkSections } from '../lib/cross-session/check-sections';
import { themeLinksFor } from '../lib/cross-session/theme-links';

export interface Options {
  /** Folder of the report files, relative to the project root. */
  base?: string;
  /** Render in worker threads from this many changed reports on (below it, in-process). */
  workersFrom?: number;
}

/** What a stored report entry carries in `rendered.metadata`. */
export interface ReportMetadata {
  headings: OutlineHeading[];
  model: ReportModel;
  [key: string]: unknown;
}

/** The paragraph model the loader stored with a report entry. */
export function storedModel(entry: { rendered?: { metadata?: unknown } | undefined }): ReportModel {
  return (entry.rendered?.metadata as ReportMetadata).model;
}

export function reportLoader({ base = 'content/reports', workersFrom = 24 }: Options = {}): Loader {
  return {
    name: 'palermo-record:reports',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const started = performance.now();
      const root = fileURLToPath(config.root);
      const { files, internal, errors } = readReportFiles(root, base);
      const entities = loadEntityData(root);
      const cross = loadCrossSessionData(root);
      if (cross.errors.length > 0) throw contentErrors(cross.errors);
      const shared = `${entities.version}\0${cross.version}\0${JSON.stringify(internal)}\0${sourceDigest()}`;
      // The theme lines of each report link the other reports' sections, labelled with their year, in date order.
      const years = new Map(readSessions(root).map((session) => [session.slug, session.year]));
      const byDate = files
        .map((f) => ({ slug: f.id, year: years.get(String((f.frontMatter as { session?: unknown } | undefined)?.session)) ?? 0 }))
        .sort((a, b) => a.year - b.year || a.slug.localeCompare(b.slug))
        .map(({ slug, year }) => ({ slug, label: String(year) }));
      const themes = cross.themes.map((t) => t.data);
      const jobs: (ReportFile & { digest: string; themeLinks: ReturnType<typeof themeLinksFor> })[] = [];
      let kept = 0;
      for (const f of files) {
        const digest = generateDigest(`${shared}\0${f.bytes.toString('base64')}`);
        if (store.get(f.id)?.digest === digest) {
          kept += 1;
          continue;
        }
        jobs.push({ ...f, digest, themeLinks: themeLinksFor(f.id, themes, byDate) });
      }

      const renderStarted = performance.now();
      const rendered = await renderReports(jobs, { root, internal, workers: jobs.length >= workersFrom });
      const renderMs = Math.round(performance.now() - renderStarted);
      for (const [i, job] of jobs.entries()) {
        const result = rendered[i]!;
        if (result.errors.length > 0) {
          errors.push(...result.errors);
          continue;
        }
        const data = await parseData({ id: job.id, data: (job.frontMatter ?? {}) as Record<string, unknown>, filePath: job.path });
        const metadata: ReportMetadata = { headings: result.model.outline, model: result.model };
        store.set({
          id: job.id,
          data,
          body: contentText(job.bytes),
          filePath: relative(root, job.path),
          digest: job.digest,
          rendered: { html: result.html, metadata },
        });
      }
      const ids = new Set(files.map((f) => f.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      if (errors.length > 0) throw contentErrors(errors);
      // Whether each curated entity is mentioned needs every report's model, stored or new.
      const entries = files.map((f) => {
        const entry = store.get(f.id)!;
        return { id: f.id, data: entry.data as ReportEntryIn['data'], model: storedModel(entry) };
      });
      const index = mentionIndex(entries.map((e) => ({ slug: e.id, model: e.model })));
      const unmentioned = unmentionedEntities(index, entities.programmes, entities.organizations);
      if (unmentioned.length > 0) throw contentErrors(unmentioned);
      // The themes, closing sections and figures against the outlines and the words of every report.
      const outlines = new Map(entries.map((e) => [e.id, e.model.outline.filter((h) => h.slug !== 'footnotes-label').map((h) => h.text)]));
      const texts = new Map(entries.map((e) => [e.id, new Map(e.model.paragraphs.map((p) => [p.number, p.readingText]))]));
      const crossErrors = [...checkSections(cross, outlines), ...checkQuotes(cross, texts)];
      if (crossErrors.length > 0) throw contentErrors(crossErrors);
      // The search index needs only the models: it is built while Astro writes the pages.
      startSearchIndex(() => siteSearchRecords(reportSummaries(entries, readSessions(root)), index, entities), fileURLToPath(config.cacheDir));
      const ms = Math.round(performance.now() - started);
      logger.info(`${files.length} reports: ${jobs.length} rendered${jobs.length >= workersFrom ? ' in worker threads' : ''}, ${kept} unchanged (${ms} ms; rendering ${renderMs} ms)`);
    },
  };
}
