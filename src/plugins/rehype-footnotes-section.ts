// Keeps the notes section's shipped anchor: remark-rehype writes the section, its "Notes"
// heading and the fn-N / fnref-N ids itself (options in src/lib/report-model/render-report.ts),
// but names the heading `footnote-label`; pages have linked `#footnotes-label` since the first
// release, so the heading gets that id, the section is labelled by it (a named region), and the
// references describe themselves by it. Idempotent.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Id of the notes heading. */
  labelId?: string;
}

export default function rehypeFootnotesSection({ labelId = 'footnotes-label' }: Options = {}) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
        const heading = node.children.find((c): c is Element => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
        if (heading) heading.properties['id'] = labelId;
        node.properties['ariaLabelledBy'] = [labelId];
      } else if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
        node.properties['ariaDescribedBy'] = [labelId];
      }
    });
  };
}
