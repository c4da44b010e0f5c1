// Beside each section heading that a theme maps (content/themes/), a line that links the same
// theme in the other sessions: "Theme: Protection and support of victims — also 2012 · 2016 ·
// 2020 · 2024". Runs after rehype-heading-ids. Reads: heading elements and their text. Writes: a
// <p class="same-theme"> right after the heading, marked for Pagefind to ignore (it is the
// site's, not the report's). The links come per report on file.data.themeLinks. Leaves alone: headings no theme maps; the notes heading.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { ThemeLink } from '../lib/cross-session/theme-links';

declare module 'vfile' {
  interface DataMap {
    /** Heading text as printed → the themes it belongs to, with the other sessions' sections (per report: theme-links.ts). */
    themeLinks: Readonly<Record<string, readonly ThemeLink[]>>;
  }
}

const HEADING = /^h[2-6]$/;

export default function rehypeThemeLinks() {
  return (tree: Root, file: VFile): void => {
    const links = file.data.themeLinks ?? {};
    const walk = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i += 1) {
        const node = parent.children[i]!;
        if (node.type !== 'element') continue;
        if (!HEADING.test(node.tagName)) {
          walk(node);
          continue;
        }
        const themes = links[toString(node)];
        if (!themes || themes.length === 0) continue;
        const lines = themes.map((theme) => line(theme));
        parent.children.splice(i + 1, 0, ...lines);
        i += lines.length;
      }
    };
    walk(tree);
  };
}

function line(theme: ThemeLink): Element {
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
