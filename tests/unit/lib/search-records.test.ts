import { expect, test } from 'vitest';
import { entityRecords, paragraphRecords } from '../../../src/lib/search-records';
import { compoundsOf } from '../../../src/lib/search/variant-tail';

const index = [
  { report: 'cop10-2020', paragraph: 60, text: '60. Labour training in Libya.', headingPath: ['II. Activities', 'B. Technical assistance'], mentions: [{ kind: 'country' as const, id: 'LBY', start: 23, end: 28, text: 'Libya', demonym: false }] },
  { report: 'cop10-2020', paragraph: 61, text: '61. Sudanese authorities and UNODC, with GLO.ACT.', headingPath: [], mentions: [
    { kind: 'country' as const, id: 'SDN', start: 4, end: 12, text: 'Sudanese', demonym: true },
    { kind: 'organization' as const, id: 'unodc', start: 29, end: 34, text: 'UNODC', demonym: false },
    { kind: 'programme' as const, id: 'glo-act', start: 41, end: 48, text: 'GLO.ACT', demonym: false },
  ] },
];
const reports = [{ slug: 'cop10-2020', session: 'cop10', year: '2020', body: 'cop', label: 'Conference of the Parties to UNTOC, tenth session', date: '2020-07-20' }];

test('one record per paragraph, landing on its anchor, with exact paragraph-level filters', () => {
  const [libya, sudan] = paragraphRecords(index, reports, compoundsOf([]));
  expect(libya).toEqual({
    url: '/reports/cop10-2020/#para-60',
    content: '60. Labour training in Libya.',
    // Indexed, never shown: the other spelling of "Labour", then the section heading, weighted.
    hidden: [{ text: 'labor', weight: 1 }, { text: 'B. Technical assistance', weight: 2 }],
    language: 'en',
    meta: {
      title: '2020 · Conference of the Parties to UNTOC, tenth session, para. 60', report: 'cop10-2020', session: 'cop10', paragraph: '60', year: '2020',
      section: 'II. Activities › B. Technical assistance', words: '5', variants: '1',
    },
    filters: { type: ['paragraph'], session: ['cop10'], year: ['2020'], body: ['cop'], country: ['lby'], programme: [], organization: [] },
    sort: { date: '2020-07-20-0060' },
  });
  expect(sudan!.hidden).toEqual([]);
  expect(sudan!.meta['section']).toBe('');
  expect(sudan!.filters['country']).toEqual(['sdn']);
  expect(sudan!.filters['programme']).toEqual(['glo-act']);
  expect(sudan!.filters['organization']).toEqual(['unodc']);
  // Only entity pages carry the entity filter: "paragraphs only" is a small filter to load.
  expect(sudan!.filters['entity']).toBeUndefined();
});

test('a paragraph of an unknown report is refused', () => {
  expect(() => paragraphRecords(index, [], compoundsOf([]))).toThrow('paragraph 60 of unknown report cop10-2020');
});

test('entity pages are records too, filtered under their own kind; the text shown is the description, the names are weighted', () => {
  expect(entityRecords([{ kind: 'country', id: 'NGA', url: '/countries/nga/', name: 'Nigeria', names: ['Nigerian', 'Nigerians'], description: 'Country in Western Africa' }])).toEqual([{
    url: '/countries/nga/', content: 'Country in Western Africa', hidden: [{ text: 'Nigeria', weight: 10 }, { text: 'Nigerian Nigerians', weight: 5 }],
    language: 'en', meta: { title: 'Nigeria', kind: 'country', words: '4' },
    filters: { type: ['country'], entity: ['country'], country: ['nga'] }, sort: { date: '0000' },
  }]);
});
