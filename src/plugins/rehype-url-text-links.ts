// Marks external links whose visible text already is their address (`www.unodc.org/…` linking to
// `http://www.unodc.org/…`) with class "url-text", so that a printout, which lists each external
// link's URL as a numbered endnote (src/scripts/report-page.ts), does not print the same address twice.
// Reads <a href> and its text; writes only the class. Idempotent.
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Class added to such links. */
  className?: string;
}

const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '').toLowerCase();

export default function rehypeUrlTextLinks({ className = 'url-text' }: Options = {}) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
      if (bare(toString(node).trim()) !== bare(href)) return;
      const classes = Array.isArray(node.properties['className']) ? (node.properties['className'] as string[]) : [];
      if (!classes.includes(className)) node.properties['className'] = [...classes, className];
    });
  };
}
