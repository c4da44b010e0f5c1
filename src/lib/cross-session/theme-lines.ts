// Beside each section heading that a theme maps (content/themes/), a line that links the same
// theme in the other sessions: "Theme: Protection and support of victims — also 2012 · 2016 ·
// 2020 · 2024". Reads: a report's rendered HTML, its outline (heading depth, id and text, as
// rehype-heading-ids recorded them) and its theme links (theme-links.ts). Writes: a
// <p class="same-theme"> right after each mapped h2–h6, marked for Pagefind to ignore (it is the
// site's, not the report's). Leaves alone: headings no theme maps; the notes heading.
//
// It works on the HTML, after the render, rather than as a rehype step: a report's lines change
// whenever a report is added to one of its themes, and the render (parse, checks, plugins,
// entity matching) need not run again for that. Headings cannot nest, so a heading ends at the
// first closing tag of its level after its opening tag; the id is matched as the serializer
// writes it. Throws when an outline heading is not in the HTML (they come from the same render).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { OutlineHeading } from '../report-model/model';
import type { ThemeLink } from './theme-links';

/** One theme's line, as hast. */
export function themeLine(theme: ThemeLink): Element {
  const others: ElementContent[] = theme.others.flatMap((other, j) => [
    ...(j > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
    h('a', { href: other.href }, other.label),
  ]);
  return h('p', { className: ['same-theme'], dataPagefindIgnore: '' }, [
    'Theme: ',
    h('a', { href: theme.href }, theme.name),
    ...(others.length > 0 ? [' — also ', ...others] : [' — in no other session']),
    ...(theme.more > 0 ? [` and ${theme.more} more on `, h('a', { href: theme.href }, 'the theme page')] : []),
  ]);
}

/** The HTML with each mapped heading followed by its themes' lines (heading text → lines). */
export function insertThemeLines(html: string, outline: readonly OutlineHeading[], links: Readonly<Record<string, readonly ThemeLink[]>>): string {
  let out = '';
  let at = 0;
  for (const heading of outline) {
    if (heading.depth < 2) continue;
    const themes = links[heading.text];
    if (!themes || themes.length === 0) continue;
    const opening = toHtml({ type: 'element', tagName: `h${heading.depth}`, properties: { id: heading.slug }, children: [] }).replace(/><\/h\d>$/, '');
    const start = html.indexOf(opening, at);
    const closing = `</h${heading.depth}>`;
    const end = start < 0 ? -1 : html.indexOf(closing, start);
    if (end < 0) throw new Error(`theme lines: heading #${heading.slug} ("${heading.text}") is not in the rendered HTML`);
    const after = end + closing.length;
    out += html.slice(at, after) + toHtml(themes.map(themeLine));
    at = after;
  }
  return out + html.slice(at);
}
