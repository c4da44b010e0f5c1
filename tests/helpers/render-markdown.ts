// Renders report Markdown to HTML the way src/lib/report-model/render-report.ts does, for plugin
// tests: remark-parse with the report syntax (src/lib/structure/parse-markdown.ts) → remark plugins → remark-rehype → rehype plugins →
// rehype-stringify, with any one plugin alone. Raw HTML is off unless a test turns it on (then it
// is emitted as is, which is stricter for a test: nothing raw may survive).
// Also reads plugin fixture folders: tests/fixtures/plugins/<plugin>/<case>/ holds input.md and
// output.html (or error.txt, a part of the expected error message), and optionally config.json
// ({ "remarkRehype": {…}, "options": {…} for the plugin under test, "passes": n }).
// UPDATE=1 rewrites output.html.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Pluggable, type PluggableList, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { loadEntityData } from '../../src/data/entity-data';
import { gfmSyntaxWithoutLiteralScan } from '../../src/lib/structure/parse-markdown';
import { reportRehypePlugins, reportRemarkPlugins } from '../../src/lib/report-model/render-report';

/** The site's plugin lists, with the project's entity data and the one document in the corpus with a symbol. */
export const siteRemarkPlugins = reportRemarkPlugins({ matcher: loadEntityData().matcher, internal: { 'A/74/127': '/reports/ga74-2019/' } });
export const siteRehypePlugins = reportRehypePlugins;

export interface RenderOptions {
  /** Remark plugins after the parse; the site's list by default. */
  remarkPlugins?: PluggableList | undefined;
  /** Rehype plugins after remark-rehype; the site's list by default. */
  rehypePlugins?: PluggableList | undefined;
  /** Options for remark-rehype, e.g. Astro's `allowDangerousHtml: true` or a `clobberPrefix`. */
  remarkRehype?: RemarkRehypeOptions | undefined;
  /** How many times each listed plugin runs in a row: 2 checks that a transform is idempotent. */
  passes?: number | undefined;
  /** Path of the virtual file, shown in error messages. */
  path?: string | undefined;
}

export interface Rendered {
  html: string;
  file: VFile;
}

export async function renderMarkdown(
  markdown: string,
  {
    remarkPlugins = siteRemarkPlugins,
    rehypePlugins = siteRehypePlugins,
    remarkRehype: remarkRehypeOptions = {},
    passes = 1,
    path = 'test.md',
  }: RenderOptions = {},
): Promise<Rendered> {
  const allowDangerousHtml = remarkRehypeOptions.allowDangerousHtml ?? false;
  const processor = unified()
    .use(remarkParse)
    .use(gfmSyntaxWithoutLiteralScan)
    .use(repeat(remarkPlugins, passes))
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml })
    .use(repeat(rehypePlugins, passes))
    .use(rehypeStringify, { allowDangerousHtml });
  const file = await processor.process(new VFile({ value: markdown, path }));
  return { html: String(file.value), file };
}

/**
 * Lists each plugin `passes` times. unified merges a plugin used twice into one use, so each
 * repeat is a fresh function that calls the plugin: it really runs again.
 */
function repeat(plugins: PluggableList, passes: number): PluggableList {
  return plugins.flatMap((pluggable) =>
    Array.from({ length: passes }, (_, pass): Pluggable => {
      if (pass === 0 || !(typeof pluggable === 'function' || Array.isArray(pluggable))) return pluggable;
      const [plugin, ...parameters] = Array.isArray(pluggable) ? pluggable : [pluggable];
      const again = function (this: unknown, ...args: unknown[]) {
        return (plugin as (...a: unknown[]) => unknown).apply(this, args);
      } as Plugin;
      return [again, ...parameters] as Pluggable;
    }),
  );
}

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  /** Parsed config.json, or {}. */
  config: {
    remarkRehype?: RemarkRehypeOptions;
    /** Options for the plugin under test. */
    options?: Record<string, unknown>;
    /** Passes of each plugin that output.html records (default 1). */
    passes?: number;
  };
  /** output.html when the case renders; undefined for an error case. */
  output: string | undefined;
  /** error.txt when the case must fail: a part of the expected message. */
  error: string | undefined;
}

/** The case folders of one plugin's fixtures, by name. */
export function fixtureCases(pluginFolder: string): FixtureCase[] {
  return readdirSync(pluginFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(pluginFolder, name);
      const read = (file: string): string | undefined =>
        existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;
      const config = JSON.parse(read('config.json') ?? '{}') as FixtureCase['config'];
      return { name, dir, input: read('input.md') ?? '', config, output: read('output.html'), error: read('error.txt')?.trim() };
    });
}

/** Rewrites a case's output.html under UPDATE=1; returns the expected output. */
export function expectedOutput(fixture: FixtureCase, actual: string): string | undefined {
  if (process.env['UPDATE'] && fixture.error === undefined) {
    writeFileSync(join(fixture.dir, 'output.html'), actual);
    return actual;
  }
  return fixture.output;
}
