import { expect, test } from 'vitest';
import { coOccurringCountries, countsBySession, entityMentions, yearsMentioned } from '../../../../src/lib/entities/entity-views';
import type { ParagraphMentions } from '../../../../src/lib/entities/mention-index';

const m = (id: string, start: number, text: string, kind: 'country' | 'programme' = 'country', demonym = false) =>
  ({ kind, id, start, end: start + text.length, text, demonym });
const index: ParagraphMentions[] = [
  { report: 'cop6-2012', paragraph: 3, text: 'In Nigeria and Ghana.', headingPath: [], mentions: [m('NGA', 3, 'Nigeria'), m('GHA', 15, 'Ghana')] },
  { report: 'cop10-2020', paragraph: 64, text: '2 Ivorians and 13 Nigerians', headingPath: [], mentions: [m('CIV', 2, 'Ivorians', 'country', true), m('NGA', 18, 'Nigerians', 'country', true)] },
  { report: 'cop10-2020', paragraph: 70, text: 'Nigerian magistrates under GLO.ACT in Nigeria', headingPath: [], mentions: [m('NGA', 0, 'Nigerian', 'country', true), m('glo-act', 27, 'GLO.ACT', 'programme'), m('NGA', 38, 'Nigeria')] },
];
const reports = [
  { slug: 'cop6-2012', session: 'cop6', year: '2012', label: 'sixth session' },
  { slug: 'cop10-2020', session: 'cop10', year: '2020', label: 'tenth session' },
];

test('mentions are grouped by report in the given order, with first and last year', () => {
  const view = entityMentions(index, reports, 'country', 'NGA');
  expect(view.byReport.map((r) => [r.report.slug, r.items.map((i) => i.paragraph)])).toEqual([['cop6-2012', [3]], ['cop10-2020', [64, 70]]]);
  expect([view.firstYear, view.lastYear, view.total, view.paragraphs]).toEqual(['2012', '2020', 4, 3]);
});

test('a paragraph that names the country only by demonym is marked as such; a name is preferred for the excerpt', () => {
  const [, tenth] = entityMentions(index, reports, 'country', 'NGA').byReport;
  expect(tenth!.items.map((i) => [i.paragraph, i.demonym, i.text, i.more])).toEqual([[64, true, 'Nigerians', 0], [70, false, 'Nigeria', 1]]);
  expect(tenth!.items[0]!.excerpt).toEqual({ before: '2 Ivorians and 13 ', mark: 'Nigerians', after: '' });
});

test('co-occurring countries count paragraphs, not mentions', () => {
  const names = new Map([['NGA', { name: 'Nigeria' }], ['CIV', { name: "Côte d'Ivoire" }], ['GHA', { name: 'Ghana' }]]);
  expect(coOccurringCountries(index, 'programme', 'glo-act', names)).toEqual([{ iso3: 'NGA', name: 'Nigeria', paragraphs: 1 }]);
  expect(coOccurringCountries(index, 'country', 'NGA', names)).toEqual([
    { iso3: 'CIV', name: "Côte d'Ivoire", paragraphs: 1 }, { iso3: 'GHA', name: 'Ghana', paragraphs: 1 },
  ]);
});

test('counts by session count paragraphs', () => {
  expect(countsBySession(index, reports, 'country').get('NGA')).toEqual({ total: 3, bySession: { cop6: 1, cop10: 2 } });
});

test('the years each entity is mentioned in, in order; country ids as the search filter takes them', () => {
  expect(yearsMentioned(index, reports, 'country')).toEqual({ nga: ['2012', '2020'], gha: ['2012'], civ: ['2020'] });
  expect(yearsMentioned(index, reports, 'programme')).toEqual({ 'glo-act': ['2020'] });
});
