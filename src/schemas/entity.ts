// Shapes of the curated entity files: content/programmes/<slug>.yaml and
// content/organizations/<slug>.yaml. `aliases` are the exact surface forms the reports use
// (matched case-sensitively, whole words); `name` is matched too. Uniqueness of aliases across
// entries, and that every entry is mentioned somewhere, are checked by src/lib/entities.
import { z } from 'astro/zod';
import { slug, text } from './common';

export const PROGRAMME_KINDS = [
  'programme', 'project', 'campaign', 'fund', 'knowledge tool', 'coordination mechanism', 'publication',
  'intergovernmental body', 'initiative', 'plan', 'observance',
] as const;

export const programmeSchema = z.strictObject(
  {
    slug,
    name: text,
    aliases: z.array(text).default([]),
    /** Short forms a report may use once it has named the entry in full ("Working Group"): docs/entities.md. */
    shortForms: z.array(text).default([]),
    kind: z.enum(PROGRAMME_KINDS, { error: () => `expected one of: ${PROGRAMME_KINDS.join(', ')}` }),
    /** Organization slug (content/organizations/<slug>.yaml) that leads it, when the reports say. */
    lead: slug.optional(),
    description: text,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'expected only slug, name, aliases, shortForms, kind, lead and description' : undefined,
  },
);

export const ORGANIZATION_KINDS = [
  'United Nations entity', 'intergovernmental organization', 'regional organization', 'international police organization',
  'regional agency', 'other',
] as const;

export const organizationSchema = z.strictObject(
  {
    slug,
    name: text,
    acronym: text.optional(),
    aliases: z.array(text).default([]),
    shortForms: z.array(text).default([]),
    kind: z.enum(ORGANIZATION_KINDS, { error: () => `expected one of: ${ORGANIZATION_KINDS.join(', ')}` }),
    description: text,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'expected only slug, name, acronym, aliases, shortForms, kind and description' : undefined,
  },
);

export type Programme = z.infer<typeof programmeSchema>;
export type Organization = z.infer<typeof organizationSchema>;
