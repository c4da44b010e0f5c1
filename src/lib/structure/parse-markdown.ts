// Parses a report body into mdast: remark-parse with GFM (footnotes, tables, strikethrough, task
// lists and literal autolinks such as `www.unodc.org/…`). Parsing only: no transforms run,
// positions are kept. The one parse of a report; src/lib/report-model/render-report.ts
// transforms this tree.
// Literal autolinks are found by mdast-util-gfm's tree transform alone, not also by micromark's
// character-by-character scan for them, which doubles the parse time of a report. The trees
// are the same but for text-node splits and positions next to such a link (tested on all five
// reports: same HTML).
import type { Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** remark-parse plugin: the report syntax (GFM without the literal-autolink scan). */
export function gfmSyntaxWithoutLiteralScan(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

const parser = unified().use(remarkParse).use(gfmSyntaxWithoutLiteralScan).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
