// Collections: composition only. Reports are the importer's Markdown, read, checked and rendered
// once each by src/loaders/report-loader.ts; sessions the hand-kept YAML; the shapes live in
// src/schemas/. A report's `session` is a reference to a session entry (whose id is its `slug`).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { reportLoader } from './loaders/report-loader';
import { reportSchema } from './schemas/report';
import { sessionSchema } from './schemas/session';
import { sessionFactSchema } from './schemas/session-fact';
import { organizationSchema, programmeSchema } from './schemas/entity';

const reports = defineCollection({
  loader: reportLoader({ base: 'content/reports' }),
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

// Curated entities; src/data/entity-data.ts reads the same files (for the Markdown plugins, which
// run outside astro:content) and adds the checks across files (aliases, mentions).
const programmes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/programmes' }),
  schema: programmeSchema,
});

const organizations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/organizations' }),
  schema: organizationSchema,
});

export const collections = { reports, sessions, sessionFacts, programmes, organizations };
