// Links cited resolutions and document symbols in report paragraphs: to our own report page
// when the document is in the corpus (A/74/127), else to the official document system when the
// issuing body is known (src/lib/entities/references.ts decides; an unknown body gets no link).
// Reads each paragraph's text and its heading, and `file.data.addressee` (the body the report is
// addressed to), so that references are resolved across the whole report first; writes link
// nodes with class "reference".
import type { Heading, Paragraph, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findReferences, resolveInDocument, type Body } from '../lib/entities/references';

declare module 'vfile' {
  interface DataMap {
    /** The body the report is addressed to (from its front matter), for "its resolution". */
    addressee: Body;
  }
}

export interface Options {
  /** Document symbols of reports in the corpus → their page, e.g. { 'A/74/127': '/reports/ga74-2019/' }. */
  internal?: Record<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function remarkReferenceLinks({ internal = {} }: Options = {}) {
  return (tree: Root, file: VFile): void => {
    let heading = '';
    const paragraphs: Paragraph[] = [];
    const found: ReturnType<typeof findReferences>[] = [];
    const texts: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'heading') {
        heading = toString(node as Heading);
        return;
      }
      if (node.type !== 'paragraph') return;
      const text = toString(node as Paragraph);
      paragraphs.push(node as Paragraph);
      texts.push(text);
      found.push(findReferences(text, { context: heading }));
    });
    const resolved = resolveInDocument(found, texts, file.data.addressee);
    paragraphs.forEach((paragraph, i) => {
      const targets = new Map<string, string>();
      for (const ref of resolved[i]!) {
        const href = (ref.symbol && internal[ref.symbol]) ?? internal[ref.text] ?? ref.href;
        if (href && !targets.has(ref.text)) targets.set(ref.text, href);
      }
      if (targets.size === 0) return;
      const pattern = new RegExp(`(?<![\\w/])(?:${[...targets.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w/])`, 'g');
      findAndReplace(
        paragraph,
        [pattern, (value: string) => ({
          type: 'link',
          url: targets.get(value)!,
          children: [{ type: 'text', value }],
          data: { hProperties: { className: ['reference'] } },
        })],
        { ignore: ['link', 'linkReference'] },
      );
    });
  };
}
