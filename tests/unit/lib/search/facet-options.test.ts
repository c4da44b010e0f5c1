import { expect, test } from 'vitest';
import { facetOptions } from '../../../../src/lib/search/facet-options';

test('sessions in the order they met, with 0 where there is none, the chosen one ticked', () => {
  const options = facetOptions('session', ['cop12', 'cop6', 'cop10', 'ga74'], { cop12: 4, cop6: 1 }, ['cop10'], { cop6: 'Sixth', cop10: 'Tenth' }, ['cop6', 'ga74', 'cop10', 'cop12']);
  expect(options.map((o) => [o.value, o.count, o.chosen])).toEqual([['cop6', 1, false], ['ga74', 0, false], ['cop10', 0, true], ['cop12', 4, false]]);
  expect(options[0]!.label).toBe('Sixth');
});

test('years as numbers, the rest most paragraphs first, then by name; a chosen value the index lacks is still listed', () => {
  expect(facetOptions('year', ['2020', '2012', '2016'], { 2012: 9 }, [], {}).map((o) => o.value)).toEqual(['2012', '2016', '2020']);
  expect(facetOptions('country', ['npl', 'nga', 'lby'], { lby: 3 }, ['xxx'], { npl: 'Nepal', nga: 'Nigeria', lby: 'Libya' }).map((o) => o.label)).toEqual(['Libya', 'Nepal', 'Nigeria', 'xxx']);
});
