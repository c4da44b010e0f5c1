// Reads the top-level blocks of a report body as the format defines them: headings, numbered
// paragraphs (`12\. …` → text "12. …"), sub-paragraphs (`(a) …`, `(iv) …`) and anything else.
// Only direct children of the root count, so text inside footnote definitions is never taken
// for a paragraph. Shared by the numbering, sub-paragraph and heading checks and the counts.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readAnyLabelLead, readNumberLead } from '../report-format';
import { isSubParagraphLabel } from '../sub-paragraph-labels';

export type ReportBlock =
  | { kind: 'heading'; line: number; depth: Heading['depth']; text: string }
  | { kind: 'paragraph'; line: number; number: number; digits: string }
  | { kind: 'sub-paragraph'; line: number; label: string }
  | { kind: 'other'; line: number; node: RootContent };


export function reportBlocks(tree: Root): ReportBlock[] {
  return tree.children.map((node): ReportBlock => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading') return { kind: 'heading', line, depth: node.depth, text: toString(node) };
    if (node.type === 'paragraph') {
      const text = toString(node);
      const numbered = readNumberLead(text);
      if (numbered) return { kind: 'paragraph', line, number: Number(numbered.digits), digits: numbered.digits };
      const label = readAnyLabelLead(text);
      if (label !== undefined && isSubParagraphLabel(label)) return { kind: 'sub-paragraph', line, label };
    }
    return { kind: 'other', line, node };
  });
}
