import { expect, test } from 'vitest';
import type { ParagraphModel } from '../../../../src/lib/report-model/model';
import { paragraphRange, sectionBlocks } from '../../../../src/lib/cross-session/theme-views';

const p = (number: number, headingPath: string[], readingText: string) => ({ number, headingPath, readingText }) as ParagraphModel;
const reports = [
  { slug: 'cop6-2012', label: 'COP 6', year: '2012', model: { paragraphs: [p(1, ['I. Intro'], 'One two.'), p(35, ['II. A', 'E. Victims'], 'Three words here.'), p(36, ['II. A', 'E. Victims', 'Sub'], 'Four.')] } },
  { slug: 'cop8-2016', label: 'COP 8', year: '2016', model: { paragraphs: [p(1, ['I. Intro'], 'x')] } },
];

test('per report in order: the sections with their paragraphs (sub-sections included), range, size; none where nothing maps', () => {
  const [first, second] = sectionBlocks([{ report: 'cop6-2012', heading: 'E. Victims' }], reports);
  expect(first!.sections.map((s) => [s.heading, s.href, s.range, s.paragraphs.map((x) => x.number), s.words])).toEqual([
    ['E. Victims', '/reports/cop6-2012/#e-victims', '¶35–36', [35, 36], 4],
  ]);
  expect([first!.paragraphs, first!.words]).toEqual([2, 4]);
  expect(second).toMatchObject({ sections: [], paragraphs: 0, words: 0 });
});

test('a paragraph in two mapped sections of one report counts once', () => {
  const [first] = sectionBlocks([{ report: 'cop6-2012', heading: 'II. A' }, { report: 'cop6-2012', heading: 'E. Victims' }], reports);
  expect(first!.paragraphs).toBe(2);
});

test('ranges', () => {
  expect([paragraphRange([]), paragraphRange([7]), paragraphRange([86, 85])]).toEqual(['', '¶7', '¶85–86']);
});
