// The report files of a project (content/reports/*.md, sorted) as raw bytes, with each file's
// parsed front matter and the symbols of documents in the corpus (a report's `symbol` → its page),
// which every report's links need (A/74/127 → /reports/ga74-2019/). Shared by the report loader
// and the checks without a build. YAML errors are returned, not thrown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from '../lib/errors';
import { reportUrl } from '../lib/routes';
import { parseYaml } from '../lib/structure/parse-yaml';
import { splitFrontMatter } from '../lib/structure/split-front-matter';
import { contentText } from '../lib/text-file';

export interface ReportFile {
  /** The slug: the file name without .md. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path shown in messages, e.g. content/reports/cop8-2016.md. */
  file: string;
  bytes: Buffer;
  /** The parsed front matter; undefined when the file has none or its YAML has errors. */
  frontMatter: unknown;
}

export interface ReportFiles {
  files: ReportFile[];
  internal: Record<string, string>;
  errors: ContentError[];
}

export function readReportFiles(root: string, base = 'content/reports'): ReportFiles {
  const dir = join(root, base);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];
  const internal: Record<string, string> = {};
  const errors: ContentError[] = [];
  const files = names.map((name): ReportFile => {
    const path = join(dir, name);
    const bytes = readFileSync(path);
    const file = `${base}/${name}`;
    const split = splitFrontMatter(contentText(bytes));
    let frontMatter: unknown;
    if (split.frontMatter !== undefined) {
      const parsed = parseYaml(file, split.frontMatter, { firstLine: split.frontMatterLine });
      errors.push(...parsed.errors);
      frontMatter = parsed.data;
    }
    const id = name.slice(0, -3);
    const symbol = (frontMatter as { symbol?: unknown } | undefined)?.symbol;
    if (typeof symbol === 'string') internal[symbol] = reportUrl(id);
    return { id, path, file, bytes, frontMatter };
  });
  return { files, internal, errors };
}
