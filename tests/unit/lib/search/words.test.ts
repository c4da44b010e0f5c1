import { expect, test } from 'vitest';
import { contentTokens, endsAtWord, indexedForms, normalizeWord, queryWords, tokenCore, tokenWord } from '../../../../src/lib/search/words';

test('a word is lower case, without diacritics or apostrophes, its hyphens kept', () => {
  expect(normalizeWord('Curaçao')).toBe('curacao');
  expect(normalizeWord('Women’s')).toBe('womens');
  expect(normalizeWord('Victim‑centred')).toBe('victim-centred');
});

test('a token gives its word without the punctuation around it', () => {
  expect(contentTokens(' 12. The  Office (UNODC),\nvictim-centred. ')).toEqual(['12.', 'The', 'Office', '(UNODC),', 'victim-centred.']);
  expect(tokenWord('(UNODC),')).toBe('unodc');
  expect(tokenCore('(UNODC),')).toBe('UNODC');
  expect(tokenWord('—')).toBe('');
  expect(endsAtWord('capacity')).toBe(true);
  expect(endsAtWord('capacity,')).toBe(false);
});

test('a hyphenated word is found by the whole joined word and each part, as Pagefind indexes it', () => {
  expect(indexedForms('victim-centred')).toEqual(['victimcentred', 'victim', 'centred']);
  expect(indexedForms('labour')).toEqual(['labour']);
});

test('a query is split as Pagefind splits it: hyphens and quotes dropped', () => {
  expect(queryWords('"Victim-centred"  approach, São')).toEqual(['victimcentred', 'approach', 'sao']);
  expect(queryWords('\'")(')).toEqual([]);
});
