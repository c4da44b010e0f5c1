// Sub-paragraph labels run in sequence within their paragraph: (a), (b) … with (i), (ii) …
// nested under a letter, as src/lib/sub-paragraph-labels.ts classifies them. A sub-paragraph
// belongs to the last numbered paragraph above it; one with no numbered paragraph above it
// (at the top of the body, or right after a heading) is an error, reported once per run.
import type { Root } from 'mdast';
import { ContentError } from '../errors';
import { classifySubParagraphLabels } from '../sub-paragraph-labels';
import { reportBlocks } from './report-blocks';

interface Group {
  paragraph: number | undefined;
  labels: { label: string; line: number }[];
}

export function checkSubParagraphs(file: string, tree: Root): ContentError[] {
  const groups: Group[] = [];
  let current: Group = { paragraph: undefined, labels: [] };
  for (const block of reportBlocks(tree)) {
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      current = { paragraph: block.kind === 'paragraph' ? block.number : undefined, labels: [] };
      groups.push(current);
    } else if (block.kind === 'sub-paragraph') {
      if (!groups.includes(current)) groups.push(current);
      current.labels.push({ label: block.label, line: block.line });
    }
  }
  return groups.flatMap((group) => {
    const first = group.labels[0];
    if (!first) return [];
    if (group.paragraph === undefined) {
      return [new ContentError({ file, line: first.line, problem: `sub-paragraph (${first.label}) has no numbered paragraph before it` })];
    }
    const { problems } = classifySubParagraphLabels(group.labels.map((l) => l.label));
    return problems.map(({ index, label, expected }) => {
      const previous = group.labels[index - 1];
      const where = previous ? `follows (${previous.label})` : 'comes first';
      return new ContentError({
        file,
        line: group.labels[index]!.line,
        problem: `sub-paragraph (${label}) of paragraph ${group.paragraph} ${where} (expected (${expected}))`,
        expected: `(${expected})`,
        found: `(${label})`,
      });
    });
  });
}
