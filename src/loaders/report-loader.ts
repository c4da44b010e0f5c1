// Astro content loader for content/reports/*.md: each report is read, checked and rendered once
// per build by src/lib/report-model/render-report.ts, and stored with its front matter as data
// (validated by the collection's zod schema) and its outline as `rendered.metadata.headings`;
// its HTML and paragraph model go to files in the content cache (src/data/rendered-reports.ts),
// whose paths the entry keeps (`rendered.metadata.files`), so that Astro's data store, which
// Vite inlines into the page bundle, stays small. A report whose bytes, entity data, corpus
// symbols and pipeline code are unchanged keeps its render (content digest): a rebuild renders
// only what changed, and where only its theme lines changed (a report added to one of its
// themes) it adds the new lines to the kept render's HTML (src/lib/cross-session/theme-lines.ts).
// Many reports render in worker threads, one per core.
// Every structural error of every report stops the build in one message, file and line first.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadEntityData } from '../data/entity-data';
import { unmentionedEntities } from '../lib/entities/entity-surfaces';
import { mentionIndex } from '../lib/entities/mention-index';
import { sourceDigest } from '../data/source-digest';
import { contentErrors } from '../lib/errors';
import type { OutlineHeading, ReportModel } from '../lib/report-model/model';
import { reportSummaries, type ReportEntryIn } from '../lib/routes';
import { readReportFiles, type ReportFile } from '../data/read-report-files';
import { readSessions } from '../data/read-sessions';
import { startSearchIndex } from '../data/search-index';
import { searchRecordsInput } from '../data/site-search-records';
import { renderReports } from './render-pool';
import { hasRender, hasRendered, pruneRendered, readRenderedBase, readRenderedModel, renderedFiles, writeHtml, writeRender, type RenderedFiles } from '../data/rendered-reports';
import { insertThemeLines } from '../lib/cross-session/theme-lines';
import type { ThemeLink } from '../lib/cross-session/theme-links';
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
  /** Where its HTML and paragraph model are (relative to the project root). */
  files: RenderedFiles;
  [key: string]: unknown;
}

type StoredEntry = { rendered?: { metadata?: unknown } | undefined };

/** The files of the HTML, paragraph model and Akoma Ntoso body the loader stored with a report entry. */
export function storedFiles(entry: StoredEntry): RenderedFiles {
  return (entry.rendered?.metadata as ReportMetadata).files;
}

/** The outline the loader stored with a report entry (for its table of contents). */
export function storedHeadings(entry: StoredEntry): OutlineHeading[] {
  return (entry.rendered?.metadata as ReportMetadata).headings;
}

/** The paragraph model the loader stored with a report entry, read from the project at `root`. */
export function storedModel(entry: StoredEntry, root = process.cwd()): ReportModel {
  return readRenderedModel(storedFiles(entry), root);
}

export function reportLoader({ base = 'content/reports', workersFrom = 24 }: Options = {}): Loader {
  return {
    name: 'palermo-record:reports',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const started = performance.now();
      const root = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const { files, internal, errors } = readReportFiles(root, base);
      const entities = loadEntityData(root);
      const cross = loadCrossSessionData(root);
      if (cross.errors.length > 0) throw contentErrors(cross.errors);
      // What a render reads besides the report's bytes; the theme lines are added after it.
      const shared = `${entities.version}\0${JSON.stringify(internal)}\0${sourceDigest()}`;
      // The theme lines of each report link the other reports' sections, labelled with their year, in date order.
      const years = new Map(readSessions(root).map((session) => [session.slug, session.year]));
      const byDate = files
        .map((f) => ({ slug: f.id, year: years.get(String((f.frontMatter as { session?: unknown } | undefined)?.session)) ?? 0 }))
        .sort((a, b) => a.year - b.year || a.slug.localeCompare(b.slug))
        .map(({ slug, year }) => ({ slug, label: String(year) }));
      const themes = cross.themes.map((t) => t.data);
      type Job = ReportFile & { digest: string; themeLinks: Record<string, ThemeLink[]>; paths: RenderedFiles };
      // Reports to render, and reports whose render is kept but whose theme lines changed.
      const jobs: Job[] = [];
      const relinks: Job[] = [];
      let kept = 0;
      for (const f of files) {
        const renderKey = generateDigest(`${shared}\0${f.bytes.toString('base64')}`);
        const themeLinks = themeLinksFor(f.id, themes, byDate);
        const digest = generateDigest(`${renderKey}\0${JSON.stringify(themeLinks)}`);
        const paths = renderedFiles(root, cacheDir, renderKey, digest);
        if (store.get(f.id)?.digest === digest && hasRendered(root, paths)) {
          kept += 1;
          continue;
        }
        (hasRender(root, paths) ? relinks : jobs).push({ ...f, digest, themeLinks, paths });
      }

      const renderStarted = performance.now();
      const rendered = await renderReports(jobs, { root, internal, workers: jobs.length >= workersFrom });
      const renderMs = Math.round(performance.now() - renderStarted);
      const models = new Map<string, ReportModel>();
      const save = async (job: Job, base: string, model: ReportModel) => {
        writeHtml(root, job.paths, insertThemeLines(base, model.outline, job.themeLinks));
        models.set(job.id, model);
        const data = await parseData({ id: job.id, data: (job.frontMatter ?? {}) as Record<string, unknown>, filePath: job.path });
        const metadata: ReportMetadata = { headings: model.outline, files: job.paths };
        store.set({ id: job.id, data, filePath: relative(root, job.path), digest: job.digest, rendered: { html: '', metadata } });
      };
      for (const [i, job] of jobs.entries()) {
        const result = rendered[i]!;
        if (result.errors.length > 0) {
          errors.push(...result.errors);
          continue;
        }
        writeRender(root, job.paths, result.html, result.model, result.akn);
        await save(job, result.html, result.model);
      }
      for (const job of relinks) await save(job, readRenderedBase(job.paths, root), readRenderedModel(job.paths, root));
      const ids = new Set(files.map((f) => f.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (errors.length === 0) pruneRendered(root, cacheDir, files.map((f) => storedFiles(store.get(f.id)!)));

      if (errors.length > 0) throw contentErrors(errors);
      // Whether each curated entity is mentioned needs every report's model, stored or new.
      const entries = files.map((f) => {
        const entry = store.get(f.id)!;
        return { id: f.id, data: entry.data as ReportEntryIn['data'], model: models.get(f.id) ?? storedModel(entry, root) };
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
      startSearchIndex(() => searchRecordsInput(reportSummaries(entries, readSessions(root)), index, entities), cacheDir);
      const ms = Math.round(performance.now() - started);
      const relinked = relinks.length > 0 ? `, ${relinks.length} from their kept render with new theme lines` : '';
      logger.info(`${files.length} reports: ${jobs.length} rendered${jobs.length >= workersFrom ? ' in worker threads' : ''}${relinked}, ${kept} unchanged (${ms} ms; rendering ${renderMs} ms)`);
    },
  };
}
