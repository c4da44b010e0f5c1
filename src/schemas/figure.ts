// Shapes of content/figures/<slug>.yaml (a series of figures the reports state, whose values are
// the session facts with `series: <slug>`) and content/missing-sessions.yaml (the sessions this
// edition does not hold, each dated by a report's own words). Quotes are checked word for word
// against their paragraphs by src/lib/cross-session/check-quotes.ts.
import { z } from 'astro/zod';
import { reportSlug, slug, text } from './common';
import { sessionSlug } from './session';

const paragraph = z.number().int().positive();

export const notStatedSchema = z.strictObject(
  { session: sessionSlug, report: reportSlug, paragraph, quote: text, says: text },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only session, report, paragraph, quote and says' : undefined) },
);

export const figureSchema = z.strictObject(
  {
    slug,
    title: text,
    description: text,
    /** A plural noun for the axis and the table: "parties", "cases". */
    unit: text,
    notStated: z.array(notStatedSchema).default([]),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only slug, title, description, unit and notStated' : undefined) },
);

export const missingSessionSchema = z.strictObject(
  {
    session: z.string().regex(/^[a-z]+\d+$/, 'expected a session slug such as "cop7"'),
    number: z.number().int().positive(),
    year: z.number().int().min(1990).max(2100),
    report: reportSlug,
    paragraph,
    quote: text,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only session, number, year, report, paragraph and quote' : undefined) },
);

export type Figure = z.infer<typeof figureSchema>;
export type NotStated = z.infer<typeof notStatedSchema>;
export type MissingSession = z.infer<typeof missingSessionSchema>;
