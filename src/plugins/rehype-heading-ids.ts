// Gives every heading an id (github-slugger over its text, as Astro's own Markdown pipeline
// does, trailing hyphen dropped, so shipped section links keep working) and records the outline
// on file.data.outline in document order. Keeps an id a heading already has (the notes label).
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { OutlineHeading } from '../lib/report-model/model';

declare module 'vfile' {
  interface DataMap {
    outline: OutlineHeading[];
  }
}

const HEADING = /^h([1-6])$/;

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile): void => {
    const slugger = new GithubSlugger();
    const outline: OutlineHeading[] = [];
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName)?.[1];
      if (!level) return;
      const text = toString(node);
      let id = node.properties['id'];
      if (typeof id !== 'string') {
        id = slugger.slug(text).replace(/-$/, '');
        node.properties['id'] = id;
      }
      outline.push({ depth: Number(level), slug: id, text });
    });
    file.data.outline = outline;
  };
}
