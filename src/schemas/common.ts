// Field shapes shared by the curated YAML files (entities, themes, figures): written once here.
import { z } from 'astro/zod';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and dashes');

export const text = z.string().min(1, 'expected a non-empty string').refine((v) => v === v.trim(), 'expected no leading or trailing spaces');

/** Any report slug: whether the report exists is checked against content/reports/ (src/lib/cross-session/). */
export const reportSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a report slug such as "cop12-2024"');
