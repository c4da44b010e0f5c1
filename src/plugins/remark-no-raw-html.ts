// Turns every raw HTML node of the Markdown tree into plain text with the same literal content,
// so `<script>alert(1)</script>` in a report is shown as those characters and never executes.
// Reads: mdast `html` nodes. Writes: `text` nodes in their place; a block of raw HTML (one whose
// parent holds blocks, such as the root) becomes a paragraph of that text, so it stays a block.
// Guards against: raw HTML reaching the page. Astro runs remark-rehype with
// `allowDangerousHtml: true` and then rehype-raw, so without this step raw HTML would be parsed
// and emitted as elements. The structural checks reject raw HTML too; this is defence in depth.
import type { Html, Paragraph, Parents, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Parents whose children are blocks, where a bare text node would not be a block. */
const BLOCK_PARENTS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** No options: the one behaviour is "raw HTML is text". */
export default function remarkNoRawHtml() {
  return (tree: Root): void => {
    visit(tree, 'html', (node: Html, index: number | undefined, parent: Parents | undefined) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      if (node.position) text.position = node.position;
      let replacement: Text | Paragraph = text;
      if (BLOCK_PARENTS.has(parent.type)) {
        replacement = { type: 'paragraph', children: [text] };
        if (node.position) replacement.position = node.position;
      }
      (parent.children as Array<Text | Paragraph>)[index] = replacement;
      return SKIP;
    });
  };
}
