// Gives footnotes the site's short anchors and a visible, labelled notes section.
// Reads: the footnote HTML of remark-rehype (GFM footnotes): the `section[data-footnotes]`
// with its `li` definitions (id `user-content-fn-1`), the references `a[data-footnote-ref]`
// (id `user-content-fnref-1`, `-2` for a second reference to the same note) and the back-links
// `a[data-footnote-backref]`. Any clobber prefix, including none, is accepted: the prefix is
// whatever comes before `fn-` in a definition's id.
// Writes: definitions `id="fn-1"`, references `id="fnref-1"` `href="#fn-1"`, back-links
// `href="#fnref-1"` (ids from src/lib/anchors.ts; a second reference keeps its `-2`), and
// `<section class="footnotes" aria-labelledby="footnotes-label">` opening with a visible
// `<h2 id="footnotes-label">Notes</h2>`; references point aria-describedby at that heading.
// Records the notes, in order, on file.data.footnotes.
// Guards against: a label the anchor grammar does not allow (only 1, 2, 3 …) and a link to a
// note or reference that is not on the page: both fail the file. Idempotent.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { footnoteId, footnoteRefId, type FootnoteId } from '../lib/anchors';

export interface Options {
  /** Visible text of the heading that opens the notes section. */
  label?: string;
  /** Tag of that heading. */
  labelTagName?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

export interface FootnoteInfo {
  /** Anchor of the note itself, `fn-3`. */
  id: FootnoteId;
  /** The Markdown label, `3` for `[^3]`. */
  label: string;
}

declare module 'vfile' {
  interface DataMap {
    footnotes: FootnoteInfo[];
  }
}

/** The heading id the section and the references point at. */
const LABEL_ID = 'footnotes-label';
/** `{prefix}fn-{label}`: the prefix is remark-rehype's clobber prefix, if any. */
const DEFINITION_ID = /^(.*?)fn-(.+)$/;

export default function rehypeFootnoteIds({ label = 'Notes', labelTagName = 'h2' }: Options = {}) {
  return (tree: Root, file: VFile): void => {
    const footnotes: FootnoteInfo[] = [];
    /** Old definition id → its label and the prefix its reference ids carry. */
    const definitions = new Map<string, { label: string; prefix: string }>();
    /** Old reference id → new reference id, for the back-links. */
    const references = new Map<string, string>();

    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'section' || !isFootnoteSection(node)) return;
      node.properties.className = ['footnotes'];
      node.properties.ariaLabelledBy = [LABEL_ID];
      relabel(node);
      for (const item of definitionItems(node)) {
        const oldId = String(item.properties.id ?? '');
        const match = DEFINITION_ID.exec(oldId);
        if (!match) file.fail(`footnote definition: expected an id like fn-1, found "${oldId}"`, item);
        const [, prefix = '', noteLabel = ''] = match;
        const id = checked(() => footnoteId(noteLabel), item);
        item.properties.id = id;
        definitions.set(oldId, { label: noteLabel, prefix });
        footnotes.push({ id, label: noteLabel });
      }
    });

    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties.dataFootnoteRef === undefined) return;
      const target = String(node.properties.href ?? '').slice(1);
      const definition = definitions.get(target);
      if (!definition) file.fail(`footnote reference: expected a link to a note on the page, found "#${target}"`, node);
      const oldId = String(node.properties.id ?? '');
      const stem = `${definition.prefix}fnref-${definition.label}`;
      const repeat = oldId.startsWith(stem) ? oldId.slice(stem.length) : '';
      const id = `${footnoteRefId(definition.label)}${/^-[1-9]\d*$/.test(repeat) ? repeat : ''}`;
      node.properties.href = `#${footnoteId(definition.label)}`;
      node.properties.id = id;
      node.properties.ariaDescribedBy = [LABEL_ID];
      references.set(oldId, id);
    });

    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties.dataFootnoteBackref === undefined) return;
      const target = String(node.properties.href ?? '').slice(1);
      const id = references.get(target);
      if (id === undefined) file.fail(`footnote back-link: expected a link to a reference on the page, found "#${target}"`, node);
      node.properties.href = `#${id}`;
    });

    file.data.footnotes = footnotes;

    /** Makes the section's first heading the visible "Notes" heading with the shared id. */
    function relabel(section: Element): void {
      const heading: Element = {
        type: 'element',
        tagName: labelTagName,
        properties: { id: LABEL_ID },
        children: [{ type: 'text', value: label }],
      };
      const index = section.children.findIndex((child) => child.type === 'element' && /^h[1-6]$/.test(child.tagName));
      if (index === -1) section.children.unshift(heading);
      else section.children[index] = heading;
    }

    /** Calls a builder from anchors.ts and turns its RangeError into a message on the file. */
    function checked<T>(build: () => T, place: Element): T {
      try {
        return build();
      } catch (error) {
        return file.fail(`footnote ${(error as Error).message}`, place);
      }
    }
  };
}

function isFootnoteSection(node: Element): boolean {
  const className = node.properties.className;
  return node.properties.dataFootnotes !== undefined || (Array.isArray(className) && className.includes('footnotes'));
}

/** The `li` children of the section's `ol`: one per note, in order. */
function definitionItems(section: Element): Element[] {
  const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
  return (list?.children ?? []).filter((child: ElementContent): child is Element => child.type === 'element' && child.tagName === 'li');
}
