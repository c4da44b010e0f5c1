import { expect, test } from 'vitest';
import type { ParagraphModel } from '../../../../src/lib/report-model/model';
import { paragraphRange, sectionBlocks } from '../../../../src/lib/cross-session/theme-views';

const p = (number: number, headingPath: string[], readingText: string) => ({ number, headingPath, heading: headingPath.at(-1), readingText }) as ParagraphModel;
const reports = [
  { slug: 'cop6-2012', label: 'COP 6', year: '2012', model: { paragraphs: [p(1, ['I. Intro'], 'One two.'), p(2, ['II. A'], 'Own.'), p(35, ['II. A', 'E. Victims'], 'Three words here.'), p(36, ['II. A', 'E. Victims'], 'Four.'), p(37, ['II. A', 'E. Victims', 'Sub'], 'Placed on its own.')] } },
  { slug: 'cop8-2016', label: 'COP 8', year: '2016', model: { paragraphs: [p(1, ['I. Intro'], 'x')] } },
];

test('per report in order: the sections with their own paragraphs (a sub-section is placed on its own), range, size; none where nothing maps', () => {
  const [first, second] = sectionBlocks([{ report: 'cop6-2012', heading: 'E. Victims' }], reports);
  expect(first!.sections.map((s) => [s.heading, s.href, s.range, s.paragraphs.map((x) => x.number), s.words])).toEqual([
    ['E. Victims', '/reports/cop6-2012/#e-victims', '¶35–36', [35, 36], 4],
  ]);
  expect([first!.paragraphs, first!.words]).toEqual([2, 4]);
  expect(second).toMatchObject({ sections: [], paragraphs: 0, words: 0 });
});

test('a chapter mapped for its own paragraphs does not take in its sub-sections', () => {
  const [first] = sectionBlocks([{ report: 'cop6-2012', heading: 'II. A' }, { report: 'cop6-2012', heading: 'E. Victims' }], reports);
  expect(first!.sections.map((s) => s.range)).toEqual(['¶2', '¶35–36']);
  expect(first!.paragraphs).toBe(3);
});

test('ranges', () => {
  expect([paragraphRange([]), paragraphRange([7]), paragraphRange([86, 85])]).toEqual(['', '¶7', '¶85–86']);
});
