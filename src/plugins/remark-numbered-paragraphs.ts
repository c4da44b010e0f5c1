// Groups each numbered paragraph of a report with its sub-paragraphs and makes every number and
// label a self-link, so `12. …` can be cited as #para-12 and `(d) … (iv) …` as #para-12-d-iv.
// Reads: top-level mdast paragraphs whose first text starts with `N. ` (the importer's `N\. `)
// and the paragraphs right after them that start with a sub-paragraph label `(a) `, `(iv) `.
// Writes: a `numberedParagraph` node (→ <div class="para" id="para-N" data-para="N">) holding
// the paragraph and `subParagraph` nodes (→ <div class="subpara" id="para-N-d">), romans nested
// in their letter as src/lib/sub-paragraph-labels.ts classifies them; the number or label becomes
// <a class="para-num" href="#para-N">N.</a> with its text as written. Records every anchor, in
// document order, on file.data.paragraphs. Ids come from src/lib/anchors.ts.
// Guards against: anchors that would be wrong or clash. A sub-paragraph label that does not
// continue its sequence, or an anchor used twice, fails the file instead of guessing.
// Leaves alone: everything but the leading number or label (no quotes or spacing touched),
// numbers not at the start of a paragraph ("… in\n2015. Following …"), nested paragraphs
// (footnotes, lists, quotes). Idempotent: existing containers, and their ids, are kept as they are.
import type { Data, Link, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { paraId, type ParaId } from '../lib/anchors';
import { readParagraphLead, readSubParagraphLead } from '../lib/report-format';
import { classifySubParagraphLabels } from '../lib/sub-paragraph-labels';

export interface Options {
  /** Class of the container of a numbered paragraph and its sub-paragraphs. */
  paragraphClass?: string;
  /** Class of the container of one sub-paragraph (and the romans nested in it). */
  subParagraphClass?: string;
  /** Class of the self-link on a paragraph number, `12.`. */
  numberClass?: string;
  /** Class of the self-link on a sub-paragraph label, `(a)`. */
  labelClass?: string;
}

/** One anchor of the page: a paragraph (labels []) or a sub-paragraph (labels ['d', 'iv']). */
export interface ParagraphInfo {
  id: ParaId;
  number: number;
  labels: string[];
}

/** The hast element a container becomes (read by mdast-util-to-hast). */
type ContainerData = Data & {
  hName: 'div';
  hProperties: { className: string[]; id: ParaId; dataPara?: number };
};

/** A numbered paragraph: its own paragraph first, then its sub-paragraphs. */
export interface NumberedParagraph extends Parent {
  type: 'numberedParagraph';
  number: number;
  children: Array<Paragraph | SubParagraph>;
  data: ContainerData;
}

/** A sub-paragraph: its own paragraph first, then (for a letter) its roman sub-paragraphs. */
export interface SubParagraph extends Parent {
  type: 'subParagraph';
  number: number;
  /** Labels from the outermost down, e.g. ['d', 'iv']. */
  labels: string[];
  children: Array<Paragraph | SubParagraph>;
  data: ContainerData;
}

declare module 'mdast' {
  interface RootContentMap {
    numberedParagraph: NumberedParagraph;
    subParagraph: SubParagraph;
  }
}

declare module 'vfile' {
  interface DataMap {
    paragraphs: ParagraphInfo[];
  }
}


interface Group {
  number: number;
  paragraph: Paragraph;
  subs: Array<{ label: string; paragraph: Paragraph }>;
}

export default function remarkNumberedParagraphs({
  paragraphClass = 'para',
  subParagraphClass = 'subpara',
  numberClass = 'para-num',
  labelClass = 'subpara-label',
}: Options = {}) {
  return (tree: Root, file: VFile): void => {
    const children: RootContent[] = [];
    let group: Group | undefined;
    const close = (): void => {
      if (group) children.push(buildGroup(group));
      group = undefined;
    };

    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        const number = leadingNumber(node);
        if (number !== undefined) {
          close();
          group = { number, paragraph: node, subs: [] };
          continue;
        }
        const label = group ? leadingLabel(node) : undefined;
        if (group && label !== undefined) {
          group.subs.push({ label, paragraph: node });
          continue;
        }
      }
      close();
      children.push(node);
    }
    close();
    tree.children = children;
    file.data.paragraphs = recordAnchors(tree, file);

    function buildGroup({ number, paragraph, subs }: Group): NumberedParagraph {
      const { labels, problems } = classifySubParagraphLabels(subs.map((sub) => sub.label));
      const problem = problems[0];
      if (problem) {
        // Worded as src/lib/structure/check-sub-paragraphs.ts words it.
        const previous = subs[problem.index - 1];
        const where = previous ? `follows (${previous.label})` : 'comes first';
        file.fail(
          `sub-paragraph (${problem.label}) of paragraph ${number} ${where} (expected (${problem.expected}))`,
          subs[problem.index]?.paragraph,
        );
      }

      const id = paraId(number);
      linkLead(paragraph, id, numberClass);
      const top: NumberedParagraph = {
        type: 'numberedParagraph',
        number,
        children: [paragraph],
        data: { hName: 'div', hProperties: { className: [paragraphClass], id, dataPara: number } },
        position: paragraph.position,
      };
      let letter: SubParagraph | undefined;
      labels.forEach(({ path, kind }, index) => {
        const sub = subs[index]!;
        const subId = paraId(number, ...path);
        linkLead(sub.paragraph, subId, labelClass);
        const node: SubParagraph = {
          type: 'subParagraph',
          number,
          labels: path,
          children: [sub.paragraph],
          data: { hName: 'div', hProperties: { className: [subParagraphClass], id: subId } },
          position: sub.paragraph.position,
        };
        // A path of two ['d', 'iv'] is a roman numeral inside the letter before it.
        const parent = path.length === 2 ? letter : top;
        if (!parent) file.fail(`paragraph ${number}: sub-paragraph (${sub.label}) has no letter above it`, sub.paragraph);
        parent.children.push(node);
        if (parent !== top) setSpan(parent, node);
        if (kind === 'letter') letter = node;
      });
      for (const child of top.children) setSpan(top, child);
      return top;
    }
  };
}

/** The paragraph number when the paragraph starts with `N. `. */
function leadingNumber(paragraph: Paragraph): number | undefined {
  return readParagraphLead(leadingText(paragraph)?.value ?? '')?.number;
}

/** The sub-paragraph label (without parentheses) when the paragraph starts with `(a) `. */
function leadingLabel(paragraph: Paragraph): string | undefined {
  return readSubParagraphLead(leadingText(paragraph)?.value ?? '')?.label;
}

function leadingText(paragraph: Paragraph): Text | undefined {
  const first = paragraph.children[0];
  return first?.type === 'text' ? first : undefined;
}

/** Replaces the leading `12.` / `(a)` with a link to `#id` whose text is exactly that lead. */
function linkLead(paragraph: Paragraph, id: ParaId, className: string): void {
  const text = leadingText(paragraph)!;
  const lead = (readParagraphLead(text.value) ?? readSubParagraphLead(text.value))!.text;
  const link: Link = {
    type: 'link',
    url: `#${id}`,
    children: [{ type: 'text', value: lead }],
    data: { hProperties: { className: [className] } },
  };
  // The source has `12\.` where the text has `12.`, so columns inside the text are not known:
  // the link gets no position and the rest keeps the position of the whole text.
  text.value = text.value.slice(lead.length);
  paragraph.children.splice(0, text.value ? 0 : 1, link);
}

/** Widens a container's position to the end of a later child, so tooling sees its real span. */
function setSpan(container: Parent, child: Parent): void {
  if (container.position && child.position) {
    container.position = { start: container.position.start, end: child.position.end };
  }
}

/** Lists every paragraph and sub-paragraph anchor in document order; fails on an id used twice. */
function recordAnchors(tree: Root, file: VFile): ParagraphInfo[] {
  const found: ParagraphInfo[] = [];
  const seen = new Map<string, number | undefined>();
  const walk = (node: NumberedParagraph | SubParagraph): void => {
    const { id } = node.data.hProperties;
    if (seen.has(id)) {
      const first = seen.get(id);
      file.fail(`anchor ${id} is used twice${first === undefined ? '' : ` (first on line ${first})`}`, node);
    }
    seen.set(id, node.position?.start.line);
    found.push({ id, number: node.number, labels: node.type === 'subParagraph' ? [...node.labels] : [] });
    for (const child of node.children) if (child.type === 'subParagraph') walk(child);
  };
  for (const node of tree.children) if (node.type === 'numberedParagraph') walk(node);
  return found;
}
