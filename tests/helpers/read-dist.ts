// Reads built pages as hast trees, and the text a reader sees in a part of a page.
import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const REPORTS = ['cop6-2012', 'cop8-2016', 'ga74-2019', 'cop10-2020', 'cop12-2024'] as const;

const cache = new Map<string, Root>();

/** The page at a site path, e.g. `/reports/cop6-2012/`. */
export function page(path: string): Root {
  const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export function html(path: string): string {
  return readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
}

export function ids(tree: Root, prefix: string): string[] {
  return selectAll(`[id^="${prefix}"]`, tree).map((el) => String(el.properties.id));
}

export function text(tree: Root, selector: string): string {
  const node = select(selector, tree);
  return node ? toText(node, { whitespace: 'normal' }) : '';
}

export { select, selectAll };
