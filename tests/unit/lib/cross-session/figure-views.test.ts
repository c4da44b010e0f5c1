import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { figureChart } from '../../../../src/lib/cross-session/figure-chart';
import { chartInput, figureRows } from '../../../../src/lib/cross-session/figure-views';

const figure = { slug: 'parties', title: 'Parties', description: 'Parties to the Protocol.', unit: 'parties', notStated: [{ session: 'ga74', report: 'ga74-2019', paragraph: 3, quote: 'three States ratified', says: 'Three new parties; no total.' }] };
const fact = (session: string, report: string, amount: number) => ({ id: `${session}-parties`, session, label: 'Parties', value: String(amount), report, paragraph: 2, quote: `total of ${amount} parties`, series: 'parties', amount });
const facts = [fact('cop8', 'cop8-2016', 169), fact('cop12', 'cop12-2024', 182)];
const sessions = [{ slug: 'cop6', year: 2012, label: 'COP 6' }, { slug: 'cop8', year: 2016, label: 'COP 8' }, { slug: 'ga74', year: 2019, label: 'GA 74' }, { slug: 'cop12', year: 2024, label: 'COP 12' }];
const missing = [
  { session: 'cop5', number: 5, year: 2010, report: 'cop6-2012', paragraph: 2, quote: 'October 2010' },
  { session: 'cop11', number: 11, year: 2022, report: 'cop12-2024', paragraph: 1, quote: 'October 2022' },
];

test('a row per session in time order: values, "not stated" with what the report says, and gaps only within the series\' span', () => {
  const rows = figureRows(figure, facts, sessions, missing);
  expect(rows.map((r) => [r.year, r.kind])).toEqual([[2012, 'not stated'], [2016, 'value'], [2019, 'not stated'], [2022, 'not in this edition'], [2024, 'value']]);
  expect(rows[2]).toMatchObject({ says: 'Three new parties; no total.', href: '/reports/ga74-2019/#para-3' });
  expect(rows[0]).toMatchObject({ says: undefined, href: undefined });
});

test('the chart: a linked point per value, a mark per gap, a title and a description, no script', () => {
  const svg = toHtml(figureChart(chartInput(figure, figureRows(figure, facts, sessions, missing))), { space: 'svg' });
  const tree = fromHtml(svg, { fragment: true });
  expect(selectAll('a circle.point', tree)).toHaveLength(2);
  expect(selectAll('a', tree).map((a) => [a.properties.href, a.properties.ariaLabel])).toEqual([
    ['/reports/ga74-2019/#para-3', '2019 — 2019 · GA 74: not stated'],
    ['/reports/cop12-2024/#para-1', '2022 — 2022 · Conference of the Parties to UNTOC, session 11: not in this edition'],
    ['/reports/cop8-2016/#para-2', '169 — 2016 · COP 8: 169'],
    ['/reports/cop12-2024/#para-2', '182 — 2024 · COP 12: 182'],
  ]);
  expect(selectAll('circle.not-stated', tree)).toHaveLength(3); // two sessions and the legend
  expect(selectAll('line.gap-line', tree)).toHaveLength(2); // the gap and the legend
  expect(svg).toMatch(/^<svg viewBox="0 0 640 300" class="figure-chart" aria-labelledby="chart-parties-title chart-parties-desc"><title id="chart-parties-title">Parties<\/title>/);
  expect(svg).not.toContain('<script');
  // The higher value is drawn higher.
  const [low, high] = selectAll('circle.point', tree).map((c) => Number(c.properties.cy));
  expect(high!).toBeLessThan(low!);
});
