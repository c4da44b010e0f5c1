// For each report, the theme lines its mapped headings carry (src/lib/cross-session/theme-lines.ts):
// the theme, and the first section of the same theme in every other report, by date. Section
// anchors are the heading ids rehype-heading-ids gives (github-slugger over the heading text;
// a heading text is unique within its report, which check-sections.ts enforces).
import GithubSlugger from 'github-slugger';
import type { SectionRef } from '../../schemas/theme';

export interface ThemeLink {
  name: string;
  href: string;
  others: { label: string; href: string }[];
  /** Other reports with a section of the theme that the line leaves to the theme page. */
  more: number;
}

/** At most this many other sessions on a line, the nearest in time: the line stays the same size however large the corpus. */
export const NEAREST = 8;

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
export function themeLinksFor(report: string, themes: readonly ThemeIn[], reports: readonly { slug: string; label: string }[], nearest = NEAREST): Record<string, ThemeLink[]> {
  const out: Record<string, ThemeLink[]> = {};
  const position = new Map(reports.map((r, i) => [r.slug, i]));
  const here = position.get(report) ?? 0;
  for (const theme of themes) {
    const mine = theme.sections.filter((s) => s.report === report);
    if (mine.length === 0) continue;
    const firstOf = new Map<string, SectionRef>();
    for (const s of theme.sections) if (s.report !== report && !firstOf.has(s.report)) firstOf.set(s.report, s);
    const candidates = reports.filter((r) => firstOf.has(r.slug));
    const kept = new Set(candidates.map((r) => r.slug).sort((a, b) => Math.abs(position.get(a)! - here) - Math.abs(position.get(b)! - here)).slice(0, nearest));
    const others = candidates.filter((r) => kept.has(r.slug)).map((r) => ({ label: r.label, href: `/reports/${r.slug}/#${headingId(firstOf.get(r.slug)!.heading)}` }));
    for (const section of mine) (out[section.heading] ??= []).push({ name: theme.name, href: themeUrl(theme.slug), others, more: candidates.length - others.length });
  }
  return out;
}
