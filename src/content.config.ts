// Collections: composition only. Reports are the importer's Markdown, sessions the hand-kept
// YAML; the shapes live in src/schemas/. A report's `session` is a reference to a session entry
// (whose id is its `slug`). Structural checks beyond zod run in src/integrations/content-checks.ts.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { reportSchema } from './schemas/report';
import { sessionSchema } from './schemas/session';
import { sessionFactSchema } from './schemas/session-fact';

const reports = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/reports' }),
  schema: reportSchema(reference('sessions')),
});

const sessions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sessions' }),
  schema: sessionSchema,
});

const sessionFacts = defineCollection({
  loader: file('./content/session-facts.yaml'),
  schema: sessionFactSchema,
});

export const collections = { reports, sessions, sessionFacts };
