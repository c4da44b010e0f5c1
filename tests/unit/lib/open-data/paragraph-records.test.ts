import { expect, test } from 'vitest';
import { paragraphRecords } from '../../../../src/lib/open-data/paragraph-records';
import { REPORTS, SITE } from './fixture';

test('one record per numbered paragraph: place, words as printed, notes, what it names and cites', () => {
  const [first, second] = paragraphRecords(REPORTS, SITE);
  expect(first).toEqual({
    report: 'cop8-2016', session: 'cop8', year: 2016, paragraph: 1, paragraphId: 'para-1',
    url: 'https://data.example.org/reports/cop8-2016/#para-1',
    subParagraphs: [], sectionPath: ['I. Introduction'],
    text: 'Nepal and Nigerians, see General Assembly resolution 72/195.',
    notes: [{ label: '1', text: 'See A/74/127, "a note".' }],
    countries: ['NPL', 'NGA'], programmes: [], organizations: ['general-assembly'],
    references: ['ga-72-195', 'doc-a-74-127'],
  });
  expect(second).toMatchObject({
    paragraph: 2,
    sectionPath: ['I. Introduction', 'A. Sub, with "quotes"'],
    subParagraphs: [{ id: 'para-2-a', labels: ['a'] }, { id: 'para-2-b', labels: ['b'] }, { id: 'para-2-b-i', labels: ['b', 'i'] }],
    // The address is kept as printed (the matcher saw it blanked: no Peru, no Bolivia).
    text: 'UNODC said:\n(a) First, in Mali;\n(b) Second, at www.unodc.org/peru-y-bolivia:\n(i) Deeper.',
    countries: ['MLI'],
    organizations: ['unodc'],
    notes: [],
  });
});
