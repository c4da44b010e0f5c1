import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { presence } from '../../../../src/lib/entities/presence';
import { sessionBars, sessionBarsLabel } from '../../../../src/lib/entities/session-bars';

const reports = [
  { slug: 'cop6-2012', session: 'cop6', year: '2012', label: 'COP 6' },
  { slug: 'cop8-2016', session: 'cop8', year: '2016', label: 'COP 8' },
  { slug: 'cop12-2024', session: 'cop12', year: '2024', label: 'COP 12' },
];
const item = (paragraph: number) => ({ paragraph, excerpt: { before: '', mark: 'x', after: '' }, text: 'x', demonym: false, more: 0 });

test('every session, "not mentioned" as 0; first and last mention with their paragraphs', () => {
  const mentions = { total: 3, paragraphs: 3, byReport: [{ report: reports[1]!, items: [item(4), item(9)] }, { report: reports[2]!, items: [item(60)] }] };
  expect(presence(mentions, reports)).toEqual({
    sessions: [{ report: reports[0], paragraphs: 0 }, { report: reports[1], paragraphs: 2 }, { report: reports[2], paragraphs: 1 }],
    first: { report: reports[1], paragraph: 4 },
    last: { report: reports[2], paragraph: 60 },
  });
  expect(presence({ total: 0, paragraphs: 0, byReport: [] }, reports)).toMatchObject({ first: undefined, last: undefined });
});

test('the bars: one per session, a stub where none, taller for more, named with their numbers', () => {
  const counts = [{ year: '2012', count: 0 }, { year: '2016', count: 2 }, { year: '2024', count: 10 }];
  const tree = fromHtml(toHtml(sessionBars(counts), { space: 'svg' }), { fragment: true });
  const rects = selectAll('rect', tree);
  expect(rects.map((r) => (r.properties.className as string[] | undefined)?.includes('none') ?? false)).toEqual([true, false, false]);
  expect(Number(rects[2]!.properties.height)).toBeGreaterThan(Number(rects[1]!.properties.height));
  expect(Number(rects[1]!.properties.height)).toBeGreaterThanOrEqual(3);
  expect(sessionBarsLabel(counts)).toBe('Paragraphs by session: 2012, not mentioned; 2016, 2; 2024, 10');
  expect(selectAll('svg[role="img"]', tree)[0]!.properties.ariaLabel).toBe(sessionBarsLabel(counts));
});
