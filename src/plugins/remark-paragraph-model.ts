// Records the paragraph model of a report on file.data.reportModel: each numbered paragraph (the
// containers of remark-numbered-paragraphs) with its heading path, sub-paragraph anchors, the
// notes it references and its plain text (the paragraph, its sub-paragraphs and those notes);
// the notes themselves. Runs after remark-numbered-paragraphs and before the link plugins, on the
// one parse of the file. Reads the tree only; writes nothing into it. Mentions and references are
// added from this text by src/lib/report-model/render-report.ts.
import type { FootnoteDefinition, Heading, Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { NoteModel, ParagraphModel, SubParagraphModel } from '../lib/report-model/model';
import { plainText, readingText } from '../lib/report-model/plain-text';
import { readParagraphLead } from '../lib/report-format';
import type { NumberedParagraph, SubParagraph } from './remark-numbered-paragraphs';

export type RecordedParagraph = Omit<ParagraphModel, 'mentions' | 'references'>;

declare module 'vfile' {
  interface DataMap {
    reportModel: { paragraphs: RecordedParagraph[]; notes: NoteModel[] };
  }
}

export default function remarkParagraphModel() {
  return (tree: Root, file: VFile): void => {
    // Blanked for the matcher (in each paragraph's text), as printed for readers (the note list).
    const notes = new Map<string, string>();
    const printedNotes: NoteModel[] = [];
    for (const node of tree.children) {
      if (node.type !== 'footnoteDefinition') continue;
      notes.set(node.identifier, blocksText(node, plainText));
      printedNotes.push({ label: node.identifier, text: blocksText(node, readingText) });
    }
    const paragraphs: RecordedParagraph[] = [];
    const path: Heading[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading') {
        while (path.length > 0 && path.at(-1)!.depth >= node.depth) path.pop();
        path.push(node);
        continue;
      }
      if (node.type !== 'numberedParagraph') continue;
      const headingPath = path.map((h) => plainText(h));
      const referenced = noteLabels(node);
      const texts = [...ownTexts(node, plainText), ...referenced.map((label) => notes.get(label)).filter((t): t is string => t !== undefined)];
      paragraphs.push({
        number: node.number,
        id: node.data.hProperties.id,
        line: node.position?.start.line ?? 0,
        heading: headingPath.at(-1) ?? '',
        headingPath,
        subParagraphs: subParagraphs(node),
        notes: referenced,
        text: texts.join('\n'),
        readingText: withoutNumber(ownTexts(node, readingText).join('\n')),
      });
    }
    file.data.reportModel = { paragraphs, notes: printedNotes };
  };
}

type TextOf = (node: Nodes) => string;

/** The text of each block of a note, one a line. */
function blocksText(node: FootnoteDefinition, textOf: TextOf): string {
  return node.children.map((child) => textOf(child as Nodes)).join('\n');
}

/** The paragraph's own text and each sub-paragraph's, one a line, in document order. */
function ownTexts(node: NumberedParagraph | SubParagraph, textOf: TextOf): string[] {
  return node.children.flatMap((child) => (child.type === 'paragraph' ? [textOf(child)] : ownTexts(child, textOf)));
}

/** `12. The Conference …` → `The Conference …`: the number is the model's own field. */
function withoutNumber(text: string): string {
  const lead = readParagraphLead(text);
  return lead ? text.slice(lead.text.length).trimStart() : text;
}

function subParagraphs(node: NumberedParagraph | SubParagraph): SubParagraphModel[] {
  return node.children.flatMap((child) =>
    child.type === 'subParagraph' ? [{ id: child.data.hProperties.id, labels: [...child.labels] }, ...subParagraphs(child)] : [],
  );
}

function noteLabels(node: NumberedParagraph): string[] {
  const labels: string[] = [];
  visit(node, 'footnoteReference', (ref) => {
    if (!labels.includes(ref.identifier)) labels.push(ref.identifier);
  });
  return labels;
}
