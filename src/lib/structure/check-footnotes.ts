// Footnotes pair up: every reference has exactly one definition, every definition is referenced,
// labels are numbers (the anchors fn-3 / fnref-3 need them). GFM footnotes leave a reference with
// no definition as plain text, so "[^n]" is also looked for in text nodes.
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { ContentError } from '../errors';
import { isNoteLabel } from '../report-format';

const LITERAL_REFERENCE = /\[\^([^\]\s]+)\]/g;

export function checkFootnotes(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  const definitions = new Map<string, { label: string; line: number }>();
  const referenced = new Set<string>();
  const numeric = (label: string, line: number): void => {
    if (!isNoteLabel(label)) {
      errors.push(new ContentError({ file, line, expected: 'a numeric footnote label such as [^3]', found: `[^${label}]` }));
    }
  };

  visit(tree, 'footnoteDefinition', (node) => {
    const line = node.position?.start.line ?? 0;
    const label = node.label ?? node.identifier;
    const first = definitions.get(node.identifier);
    if (first) {
      errors.push(new ContentError({ file, line, problem: `footnote [^${label}] is defined twice (first at line ${first.line})` }));
      return;
    }
    definitions.set(node.identifier, { label, line });
    numeric(label, line);
  });

  visit(tree, 'footnoteReference', (node) => {
    referenced.add(node.identifier);
  });

  visit(tree, 'text', (node: Text) => {
    for (const match of node.value.matchAll(LITERAL_REFERENCE)) {
      const line = (node.position?.start.line ?? 0) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      errors.push(new ContentError({ file, line, problem: `footnote reference [^${match[1]}] has no definition` }));
    }
  });

  for (const [identifier, { label, line }] of definitions) {
    if (!referenced.has(identifier)) {
      errors.push(new ContentError({ file, line, problem: `footnote [^${label}] is defined but never referenced` }));
    }
  }
  return errors;
}
