// Parses a report body into mdast with the same parser family as the site (remark-parse +
// remark-gfm), so that footnotes, tables and raw HTML are seen as Astro will see them.
// Parsing only: no transforms run, positions are kept.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
