// Loads the entity data from disk once per process — the curated programmes and organizations,
// the UN country names, the world-countries gazetteer — validates it with the zod schemas and
// builds the matcher. Used where astro:content is not available (astro.config.mjs for the
// report-page plugins, the content checks) and by the pages, so all see the same entities.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import worldCountries from 'world-countries';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/errors';
import { buildGazetteer, type Gazetteer, type PackageCountry } from '../lib/entities/gazetteer';
import { createMatcher, type Matcher } from '../lib/entities/match-entities';
import { entitySurfaces, type EntityFile } from '../lib/entities/entity-surfaces';
import { type Organization, organizationSchema, type Programme, programmeSchema } from '../schemas/entity';
import { unCountryNameSchema } from '../schemas/un-country-name';
import { contentText } from '../lib/text-file';

export interface EntityData {
  /** sha256 of every entity file read, so caches can tell when the data changed. */
  version: string;
  gazetteer: Gazetteer;
  programmes: EntityFile<Programme>[];
  organizations: EntityFile<Organization>[];
  matcher: Matcher;
  errors: ContentError[];
}

function parseFile<S extends z.ZodType>(file: string, text: string, schema: S, errors: ContentError[]): z.infer<S> | undefined {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    errors.push(new ContentError({ file, problem: `invalid YAML: ${(error as Error).message.split('\n')[0]}` }));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(new ContentError({ file, field: issue.path.join('.') || undefined, problem: issue.message }));
  }
  return undefined;
}

function readFolder<S extends z.ZodType<{ slug: string }>>(root: string, folder: string, schema: S, errors: ContentError[]): EntityFile<z.infer<S>>[] {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, folder)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const out: EntityFile<z.infer<S>>[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    const data = parseFile(file, contentText(readFileSync(join(root, file))), schema, errors);
    if (!data) continue;
    const slug = name.replace(/\.yaml$/, '');
    if (data.slug !== slug) errors.push(new ContentError({ file, field: 'slug', expected: `"${slug}" (the file name)`, found: JSON.stringify(data.slug) }));
    out.push({ file, data });
  }
  return out;
}

const cache = new Map<string, EntityData>();

function hashFiles(root: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '').update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function loadEntityData(root = process.cwd()): EntityData {
  const cached = cache.get(root);
  if (cached) return cached;
  const errors: ContentError[] = [];
  const unFile = 'content/countries/un-names.yaml';
  const unText = existsSync(join(root, unFile)) ? readFileSync(join(root, unFile), 'utf8') : '[]';
  const unNames = ((parse(unText) as unknown[] | null) ?? [])
    .map((entry, i) => parseFile(`${unFile} (entry ${i + 1})`, JSON.stringify(entry), unCountryNameSchema, errors))
    .filter((e): e is NonNullable<typeof e> => e !== undefined);
  let gazetteer: Gazetteer;
  try {
    gazetteer = buildGazetteer(worldCountries as unknown as PackageCountry[], unNames, unFile);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
    gazetteer = buildGazetteer(worldCountries as unknown as PackageCountry[], [], unFile);
  }
  const programmes = readFolder(root, 'content/programmes', programmeSchema, errors);
  const organizations = readFolder(root, 'content/organizations', organizationSchema, errors);
  const { surfaces, shortForms, errors: surfaceErrors } = entitySurfaces(gazetteer, programmes, organizations);
  errors.push(...surfaceErrors);
  const version = hashFiles(root, [unFile, ...programmes.map((p) => p.file), ...organizations.map((o) => o.file)]);
  const data = { version, gazetteer, programmes, organizations, matcher: createMatcher(surfaces, shortForms), errors };
  cache.set(root, data);
  return data;
}
