// Shapes of the cross-session mapping of report sections: content/themes/<slug>.yaml (a theme and
// the sections of each report that belong to it), content/theme-exclusions.yaml (the headings
// that belong to no theme, each with its reason) and content/conclusions.yaml (each report's
// closing sections). That every heading is placed, and only real headings, is checked against the
// report outlines by src/lib/cross-session/check-sections.ts.
import { z } from 'astro/zod';
import { reportSlug, slug, text } from './common';

/** A section of a report, named by its heading as printed. */
export const sectionRefSchema = z.strictObject(
  { report: reportSlug, heading: text },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only report and heading' : undefined) },
);

export const themeSchema = z.strictObject(
  {
    slug,
    name: text,
    description: text,
    sections: z.array(sectionRefSchema).min(1, 'expected at least one section'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only slug, name, description and sections' : undefined) },
);

export const themeExclusionSchema = z.strictObject(
  { report: reportSlug, heading: text, reason: text },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only report, heading and reason' : undefined) },
);

export type SectionRef = z.infer<typeof sectionRefSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeExclusion = z.infer<typeof themeExclusionSchema>;
