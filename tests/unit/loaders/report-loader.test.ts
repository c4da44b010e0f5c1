// The report loader against an in-memory store: what it stores, what a rebuild re-renders, and
// how content errors stop it. Worker threads are covered by the build tests at scale (bench).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { readRenderedHtml } from '../../../src/data/rendered-reports';
import { reportLoader, storedFiles, storedModel, type ReportMetadata } from '../../../src/loaders/report-loader';

interface Entry { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string; metadata?: Record<string, unknown> } }

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-loader-'));
  cpSync(new URL('../../fixtures/good', import.meta.url), dir, { recursive: true });
  return dir;
}

function context(dir: string, entries = new Map<string, Entry>()) {
  const logs: string[] = [];
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => { entries.set(entry.id, entry); return true; },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    // As Astro's parseData with the schema's reference('sessions'): the slug becomes a reference.
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, session: { collection: 'sessions', id: data['session'] } }),
    generateDigest: (s: string) => createHash('sha256').update(s).digest('hex'),
    logger: { info: (m: string) => logs.push(m) },
    config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}/.astro/cache/`) },
  };
  return { ctx, entries, logs };
}

test('stores each report with its front matter, HTML, outline and paragraph model', async () => {
  const dir = project();
  const { ctx, entries, logs } = context(dir);
  await reportLoader().load(ctx as never);
  const entry = entries.get('cop8-2016')!;
  expect(entry.data['session']).toEqual({ collection: 'sessions', id: 'cop8' });
  const { headings } = entry.rendered!.metadata as ReportMetadata;
  expect(readRenderedHtml(storedFiles(entry), dir)).toContain('<div class="para" id="para-1" data-para="1">');
  expect(headings[0]).toMatchObject({ depth: 2, slug: 'i-introduction' });
  expect(storedModel(entry, dir).paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(logs[0]).toMatch(/^1 reports: 1 rendered, 0 unchanged \(\d+ ms; rendering \d+ ms\)$/);
});

test('the HTML, model and Akoma Ntoso body live in the content cache, not in the stored entry, and only the current ones stay', async () => {
  const dir = project();
  const { ctx, entries } = context(dir);
  await reportLoader().load(ctx as never);
  const first = storedFiles(entries.get('cop8-2016')!);
  expect(entries.get('cop8-2016')!.rendered!.html).toBe('');
  expect(first.html).toMatch(/^\.astro\/cache\/reports\/[0-9a-f]+\.html$/);
  const file = join(dir, 'content/reports/cop8-2016.md');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
  await reportLoader().load(ctx as never);
  const second = storedFiles(entries.get('cop8-2016')!);
  expect(second.html).not.toBe(first.html);
  expect(readdirSync(join(dir, '.astro/cache/reports')).sort()).toEqual([second.base, second.html, second.model, second.akn].map((f) => basename(f)).sort());
});

test('a stored entry whose cache files are gone is rendered again', async () => {
  const dir = project();
  const { ctx, logs } = context(dir);
  await reportLoader().load(ctx as never);
  rmSync(join(dir, '.astro/cache/reports'), { recursive: true });
  await reportLoader().load(ctx as never);
  expect(logs[1]).toMatch(/^1 reports: 1 rendered, 0 unchanged/);
});

test('a rebuild keeps an unchanged report and re-renders an edited one', async () => {
  const dir = project();
  const { ctx, entries, logs } = context(dir);
  await reportLoader().load(ctx as never);
  await reportLoader().load(ctx as never);
  expect(logs[1]).toMatch(/^1 reports: 0 rendered, 1 unchanged/);
  const file = join(dir, 'content/reports/cop8-2016.md');
  writeFileSync(file, `${(await import('node:fs')).readFileSync(file, 'utf8')}\n`);
  await reportLoader().load(ctx as never);
  expect(logs[2]).toMatch(/^1 reports: 1 rendered, 0 unchanged/);
  expect(entries.size).toBe(1);
});

test('every structural error stops the load in one message naming file and line', async () => {
  const dir = project();
  cpSync(new URL('../../fixtures/bad/gap-in-numbering/cop8-2016.md', import.meta.url), join(dir, 'content/reports/cop8-2016.md'));
  const { ctx, entries } = context(dir);
  await expect(reportLoader().load(ctx as never)).rejects.toThrow(
    [
      '2 content errors:',
      '  content/reports/cop8-2016.md:13: paragraph 4 follows 2 (3 is missing)',
      '  content/reports/cop8-2016.md:15: paragraph 8 follows 4 (5–7 are missing)',
    ].join('\n'),
  );
  expect(entries.size).toBe(0);
});

test('worker threads give the same entries as rendering in-process', async () => {
  const dir = project();
  const here = context(dir);
  await reportLoader().load(here.ctx as never);
  // A second copy: in the first, the render's files are there and would be reused.
  const pooled = context(project());
  await reportLoader({ workersFrom: 1 }).load(pooled.ctx as never);
  expect(pooled.logs[0]).toContain('in worker threads');
  expect(pooled.entries.get('cop8-2016')).toEqual(here.entries.get('cop8-2016'));
}, 30_000);

test('the render of an unchanged report is reused from its files, its page HTML made again the same', async () => {
  const dir = project();
  const first = context(dir);
  await reportLoader().load(first.ctx as never);
  const html = readRenderedHtml(storedFiles(first.entries.get('cop8-2016')!), dir);
  rmSync(join(dir, storedFiles(first.entries.get('cop8-2016')!).html));
  const again = context(dir);
  await reportLoader().load(again.ctx as never);
  expect(again.logs[0]).toMatch(/^1 reports: 0 rendered, 1 from their kept render with new theme lines, 0 unchanged/);
  expect(readRenderedHtml(storedFiles(again.entries.get('cop8-2016')!), dir)).toBe(html);
});
