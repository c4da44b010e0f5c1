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

interface ThemeIndex {
  reports: readonly { slug: string; label: string }[];
  /** Each report's sections of the theme. */
  sectionsOf: Map<string, SectionRef[]>;
  /** Positions (in `reports`) of the reports with a section of the theme, ascending. */
  positions: number[];
  /** The link to each report's first section of the theme. */
  hrefOf: Map<string, string>;
}

// One index per theme and corpus, shared by the lines of every report: looking through every
// section of every theme for each report made this quadratic in the corpus.
const indexes = new WeakMap<ThemeIn, ThemeIndex>();
const positionsOf = new WeakMap<readonly { slug: string }[], Map<string, number>>();

function positionIn(reports: readonly { slug: string }[]): Map<string, number> {
  let position = positionsOf.get(reports);
  if (!position) positionsOf.set(reports, (position = new Map(reports.map((r, i) => [r.slug, i]))));
  return position;
}

function themeIndex(theme: ThemeIn, reports: readonly { slug: string; label: string }[]): ThemeIndex {
  const known = indexes.get(theme);
  if (known?.reports === reports) return known;
  const sectionsOf = Map.groupBy(theme.sections, (s) => s.report);
  const hrefOf = new Map([...sectionsOf].map(([slug, [first]]) => [slug, `/reports/${slug}/#${headingId(first!.heading)}`]));
  const positions = reports.flatMap((r, i) => (sectionsOf.has(r.slug) ? [i] : []));
  const index = { reports, sectionsOf, positions, hrefOf };
  indexes.set(theme, index);
  return index;
}

/** The `nearest` positions closest to `here` (ties to the earlier), in order; `skip` (the report's own) left out. */
function nearestPositions(positions: readonly number[], here: number, nearest: number, skip: number | undefined): number[] {
  let right = positions.findIndex((p) => p >= here);
  if (right < 0) right = positions.length;
  let left = right - 1;
  if (skip !== undefined && positions[right] === skip) right += 1;
  const kept: number[] = [];
  while (kept.length < nearest && (left >= 0 || right < positions.length)) {
    const takeLeft = right >= positions.length || (left >= 0 && here - positions[left]! <= positions[right]! - here);
    kept.push(takeLeft ? positions[left--]! : positions[right++]!);
  }
  return kept.sort((a, b) => a - b);
}

/**
 * `reports` in date order, each with the label its links show (the session's year): for one
 * report, heading text → the lines of the themes that map it.
 */
export function themeLinksFor(report: string, themes: readonly ThemeIn[], reports: readonly { slug: string; label: string }[], nearest = NEAREST): Record<string, ThemeLink[]> {
  const out: Record<string, ThemeLink[]> = {};
  const at = positionIn(reports).get(report);
  const here = at ?? 0;
  for (const theme of themes) {
    const { sectionsOf, positions, hrefOf } = themeIndex(theme, reports);
    const mine = sectionsOf.get(report);
    if (!mine) continue;
    const kept = nearestPositions(positions, here, nearest, at);
    const others = kept.map((i) => ({ label: reports[i]!.label, href: hrefOf.get(reports[i]!.slug)! }));
    const candidates = positions.length - (at === undefined ? 0 : 1);
    for (const section of mine) (out[section.heading] ??= []).push({ name: theme.name, href: themeUrl(theme.slug), others, more: candidates - others.length });
  }
  return out;
}
