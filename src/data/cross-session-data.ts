// Loads the cross-session data from disk once per process: the themes (content/themes/), the
// headings that belong to no theme, the closing sections, the figure series (content/figures/)
// the sessions the edition does not hold and the session facts (also a collection, for the pages); validated with the zod schemas, each entry with the
// line it sits on. Read where astro:content is not available (the report loader, which checks it
// against the report outlines, and the report-page plugin) and by the pages, so all see the same.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/errors';
import { parseYaml } from '../lib/structure/parse-yaml';
import { yamlLines, type Located } from '../lib/structure/yaml-lines';
import { contentText } from '../lib/text-file';
import { figureSchema, missingSessionSchema, type Figure, type MissingSession } from '../schemas/figure';
import { sessionFactSchema, type SessionFact } from '../schemas/session-fact';
import { sectionRefSchema, themeExclusionSchema, themeSchema, type SectionRef, type Theme, type ThemeExclusion } from '../schemas/theme';

export interface CrossSessionData {
  /** sha256 of every file read, so caches can tell when the data changed. */
  version: string;
  themes: Located<Theme>[];
  exclusions: Located<ThemeExclusion[]>;
  conclusions: Located<SectionRef[]>;
  figures: Located<Figure>[];
  missingSessions: Located<MissingSession[]>;
  facts: Located<SessionFact[]>;
  errors: ContentError[];
}

function readOne<S extends z.ZodType>(root: string, file: string, schema: S, errors: ContentError[], fallback: z.infer<S>): Located<z.infer<S>> {
  const text = existsSync(join(root, file)) ? contentText(readFileSync(join(root, file))) : '';
  const parsed = parseYaml(file, text);
  const lineOf = yamlLines(text);
  errors.push(...parsed.errors);
  if (parsed.errors.length > 0) return { file, data: fallback, lineOf };
  const result = schema.safeParse(parsed.data ?? fallback);
  if (result.success) return { file, data: result.data, lineOf };
  for (const issue of result.error.issues) {
    errors.push(new ContentError({ file, line: lineOf(issue.path as (string | number)[]), field: issue.path.join('.') || undefined, problem: issue.message }));
  }
  return { file, data: fallback, lineOf };
}

function readFolder<S extends z.ZodType<{ slug: string }>>(root: string, folder: string, schema: S, errors: ContentError[]): Located<z.infer<S>>[] {
  const names = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((n) => n.endsWith('.yaml')).sort() : [];
  const out: Located<z.infer<S>>[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    const before = errors.length;
    const entry = readOne(root, file, schema, errors, undefined as unknown as z.infer<S>);
    if (errors.length > before || !entry.data) continue;
    const slug = name.replace(/\.yaml$/, '');
    if (entry.data.slug !== slug) {
      errors.push(new ContentError({ file, line: entry.lineOf(['slug']), field: 'slug', expected: `"${slug}" (the file name)`, found: JSON.stringify(entry.data.slug) }));
      continue;
    }
    out.push(entry);
  }
  return out;
}

const cache = new Map<string, CrossSessionData>();

export function loadCrossSessionData(root = process.cwd()): CrossSessionData {
  const cached = cache.get(root);
  if (cached) return cached;
  const errors: ContentError[] = [];
  const themes = readFolder(root, 'content/themes', themeSchema, errors);
  const exclusions = readOne(root, 'content/theme-exclusions.yaml', themeExclusionSchema.array(), errors, []);
  const conclusions = readOne(root, 'content/conclusions.yaml', sectionRefSchema.array(), errors, []);
  const figures = readFolder(root, 'content/figures', figureSchema, errors);
  const missingSessions = readOne(root, 'content/missing-sessions.yaml', missingSessionSchema.array(), errors, []);
  const facts = readOne(root, 'content/session-facts.yaml', sessionFactSchema.array(), errors, []);
  const hash = createHash('sha256');
  for (const f of [...themes, exclusions, conclusions, ...figures, missingSessions, facts]) hash.update(f.file).update('\0').update(JSON.stringify(f.data)).update('\0');
  const data = { version: hash.digest('hex').slice(0, 16), themes, exclusions, conclusions, figures, missingSessions, facts, errors };
  cache.set(root, data);
  return data;
}
