import { expect, test } from 'vitest';
import { entityRecords, paragraphRecords } from '../../../src/lib/search-records';

const index = [
  { report: 'cop10-2020', paragraph: 60, text: '60. Training in Libya.', mentions: [{ kind: 'country' as const, id: 'LBY', start: 16, end: 21, text: 'Libya', demonym: false }] },
  { report: 'cop10-2020', paragraph: 61, text: '61. Sudanese authorities and UNODC, with GLO.ACT.', mentions: [
    { kind: 'country' as const, id: 'SDN', start: 4, end: 12, text: 'Sudanese', demonym: true },
    { kind: 'organization' as const, id: 'unodc', start: 29, end: 34, text: 'UNODC', demonym: false },
    { kind: 'programme' as const, id: 'glo-act', start: 41, end: 48, text: 'GLO.ACT', demonym: false },
  ] },
];
const reports = [{ slug: 'cop10-2020', session: 'cop10', year: '2020', body: 'cop', label: 'Conference of the Parties to UNTOC, tenth session', date: '2020-07-20' }];

test('one record per paragraph, landing on its anchor, with exact paragraph-level filters', () => {
  const [libya, sudan] = paragraphRecords(index, reports);
  expect(libya).toEqual({
    url: '/reports/cop10-2020/#para-60',
    content: '60. Training in Libya.',
    language: 'en',
    meta: { title: '2020 · Conference of the Parties to UNTOC, tenth session, para. 60', report: 'cop10-2020', session: 'cop10', paragraph: '60', year: '2020' },
    filters: { type: ['paragraph'], session: ['cop10'], year: ['2020'], body: ['cop'], country: ['lby'], programme: [], organization: [] },
    sort: { date: '2020-07-20-0060' },
  });
  expect(sudan!.filters['country']).toEqual(['sdn']);
  expect(sudan!.filters['programme']).toEqual(['glo-act']);
  expect(sudan!.filters['organization']).toEqual(['unodc']);
});

test('a paragraph of an unknown report is refused', () => {
  expect(() => paragraphRecords(index, [])).toThrow('paragraph 60 of unknown report cop10-2020');
});

test('entity pages are records too, filtered under their own kind', () => {
  expect(entityRecords([{ kind: 'country', id: 'NGA', url: '/countries/nga/', name: 'Nigeria', names: ['Nigerian'], description: 'Western Africa' }])).toEqual([{
    url: '/countries/nga/', content: 'Nigeria. Nigerian. Western Africa', language: 'en', meta: { title: 'Nigeria', kind: 'country' },
    filters: { type: ['country'], country: ['nga'] }, sort: { date: '0000' },
  }]);
});
