// Reads the top-level blocks of a report body as the format defines them: headings, numbered
// paragraphs (`12\. …` → text "12. …"), sub-paragraphs (`(a) …`, `(iv) …`) and anything else.
// Only direct children of the root count, so text inside footnote definitions is never taken
// for a paragraph. Shared by the numbering, sub-paragraph and heading checks and the counts.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isSubParagraphLabel } from '../sub-paragraph-labels';

export type ReportBlock =
  | { kind: 'heading'; line: number; depth: Heading['depth']; text: string }
  | { kind: 'paragraph'; line: number; number: number; digits: string }
  | { kind: 'sub-paragraph'; line: number; label: string }
  | { kind: 'other'; line: number; node: RootContent };

const NUMBERED = /^(\d+)\. /;
const LABELLED = /^\(([a-z]+)\) /;

export function reportBlocks(tree: Root): ReportBlock[] {
  return tree.children.map((node): ReportBlock => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading') return { kind: 'heading', line, depth: node.depth, text: toString(node) };
    if (node.type === 'paragraph') {
      const text = toString(node);
      const numbered = NUMBERED.exec(text);
      if (numbered) return { kind: 'paragraph', line, number: Number(numbered[1]), digits: numbered[1]! };
      const labelled = LABELLED.exec(text);
      if (labelled && isSubParagraphLabel(labelled[1]!)) return { kind: 'sub-paragraph', line, label: labelled[1]! };
    }
    return { kind: 'other', line, node };
  });
}
