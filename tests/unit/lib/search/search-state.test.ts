import { expect, test } from 'vitest';
import { chosenCount, entityFilters, paragraphFilters, readSearchParams, searchParams, toggled } from '../../../../src/lib/search/search-state';

test('repeated parameters are several values of one filter; a one-value URL reads as before', () => {
  const state = readSearchParams(new URLSearchParams('q=trafficking&country=nga&country=npl&country=nga&year=2019&sort=date-desc&other=x'));
  expect(state).toEqual({ q: 'trafficking', sort: 'date-desc', filters: { country: ['nga', 'npl'], year: ['2019'] } });
  expect(readSearchParams(new URLSearchParams('country=lby')).filters).toEqual({ country: ['lby'] });
  expect(readSearchParams(new URLSearchParams('sort=sideways')).sort).toBe('');
  expect(chosenCount(state)).toBe(3);
});

test('the URL of a state repeats each value and reads back the same', () => {
  const state = readSearchParams(new URLSearchParams('q=victims&session=cop6&session=cop12&country=nga'));
  expect(searchParams(state).toString()).toBe('q=victims&session=cop6&session=cop12&country=nga');
  expect(readSearchParams(searchParams(state))).toEqual(state);
});

test('Pagefind filters: any within a filter, every filter, paragraphs only; one filter left out for its own counts', () => {
  const state = readSearchParams(new URLSearchParams('country=nga&country=npl&year=2019'));
  expect(paragraphFilters(state)).toEqual({ entity: { none: ['country', 'programme', 'organization'] }, year: { any: ['2019'] }, country: { any: ['nga', 'npl'] } });
  expect(paragraphFilters(state, 'country')).toEqual({ entity: { none: ['country', 'programme', 'organization'] }, year: { any: ['2019'] } });
  expect(entityFilters()).toEqual({ entity: { any: ['country', 'programme', 'organization'] } });
});

test('a value is ticked and unticked; the last one takes its filter away', () => {
  const state = readSearchParams(new URLSearchParams('country=nga'));
  expect(toggled(state, 'country', 'npl', true).filters).toEqual({ country: ['nga', 'npl'] });
  expect(toggled(state, 'country', 'nga', false).filters).toEqual({});
});
