import { expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/toc';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase().replace(/\W+/g, '-'), text });

test('nests sections under chapters and sub-headings under sections', () => {
  const toc = buildToc([h(2, 'I'), h(3, 'A'), h(4, 'One'), h(4, 'Two'), h(3, 'B'), h(2, 'II')]);
  expect(toc.map((i) => i.text)).toEqual(['I', 'II']);
  expect(toc[0]!.children.map((i) => i.text)).toEqual(['A', 'B']);
  expect(toc[0]!.children[0]!.children.map((i) => i.text)).toEqual(['One', 'Two']);
});

test('leaves out run-in sub-headings deeper than the limit', () => {
  const toc = buildToc([h(2, 'I'), h(4, 'One'), h(5, 'Run-in')]);
  expect(toc[0]!.children.map((i) => i.text)).toEqual(['One']);
  expect(toc[0]!.children[0]!.children).toEqual([]);
});

test('a deeper limit lists them', () => {
  expect(buildToc([h(2, 'I'), h(5, 'Run-in')], { maxDepth: 5 })[0]!.children[0]!.text).toBe('Run-in');
});
