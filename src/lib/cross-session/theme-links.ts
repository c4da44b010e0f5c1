// For each report, the theme lines its mapped headings carry (src/plugins/rehype-theme-links.ts):
// the theme, and the first section of the same theme in every other report, by date. Section
// anchors are the heading ids rehype-heading-ids gives (github-slugger over the heading text;
// a heading text is unique within its report, which check-sections.ts enforces).
import GithubSlugger from 'github-slugger';
import type { SectionRef } from '../../schemas/theme';

export interface ThemeLink {
  name: string;
  href: string;
  others: { label: string; href: string }[];
}

export interface ThemeIn {
  slug: string;
  name: string;
  sections: readonly SectionRef[];
}

/** The id a report's heading has on its page (its first heading of that text). */
export const headingId = (text: string): string => new GithubSlugger().slug(text).replace(/-$/, '');

export const themeUrl = (slug: string): string => `/themes/${slug}/`;

/**
 * `reports` in date order, each with the label its links show (the session's year): for one
 * report, heading text → the lines of the themes that map it.
 */
export function themeLinksFor(report: string, themes: readonly ThemeIn[], reports: readonly { slug: string; label: string }[]): Record<string, ThemeLink[]> {
  const out: Record<string, ThemeLink[]> = {};
  for (const theme of themes) {
    const mine = theme.sections.filter((s) => s.report === report);
    if (mine.length === 0) continue;
    const others = reports.filter((r) => r.slug !== report).flatMap((r) => {
      const first = theme.sections.find((s) => s.report === r.slug);
      return first ? [{ label: r.label, href: `/reports/${r.slug}/#${headingId(first.heading)}` }] : [];
    });
    for (const section of mine) (out[section.heading] ??= []).push({ name: theme.name, href: themeUrl(theme.slug), others });
  }
  return out;
}
