import { expect, test } from 'vitest';
import { compoundsOf, decodeSources, encodeSources, variantTail } from '../../../../src/lib/search/variant-tail';

const spelling = (w: string) => ({ centred: 'centered', labour: 'labor', organization: 'organisation' })[w];

test('the corpus’s hyphenated words are known by their joined and spaced forms', () => {
  const compounds = compoundsOf(['Capacity-building and co-operation.', 'Follow-up-to-date 2019-2020 a-b']);
  expect(compounds.joined.get('cooperation')).toBe('co-operation');
  expect(compounds.spaced.get('capacity building')).toBe('capacity-building');
  // Four parts, digits and one-letter parts are not compounds anyone writes apart.
  expect(compounds.joined.has('followuptodate')).toBe(false);
  expect(compounds.joined.has('20192020')).toBe(false);
  expect(compounds.joined.has('ab')).toBe(false);
});

test('each variant stands for the positions of the words it respells or hyphenates', () => {
  const compounds = compoundsOf(['capacity-building', 'co-operation']);
  const tail = variantTail('12. A victim-centred labour cooperation on capacity building.', compounds, spelling);
  expect(tail.words).toEqual(['victim-centered', 'labor', 'co-operation', 'capacity-building']);
  expect(tail.sources).toEqual([[2], [3], [4], [6, 7]]);
});

test('a compound is not read across a comma or a full stop', () => {
  const compounds = compoundsOf(['capacity-building']);
  expect(variantTail('more capacity, building trust', compounds, spelling).words).toEqual([]);
  expect(variantTail('Capacity Building', compounds, spelling).words).toEqual(['capacity-building']);
});

test('the sources travel as one meta value and come back the same', () => {
  const sources = [[2], [6, 7], [40]];
  expect(encodeSources(sources)).toBe('2;6.7;40');
  expect(decodeSources('2;6.7;40')).toEqual(sources);
  expect(decodeSources(undefined)).toEqual([]);
});
