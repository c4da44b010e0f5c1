import { expect, test } from 'vitest';
import { stem } from 'porter2';
import { checkWord, editDistance, nearestWords, suggestedQuery } from '../../../../src/lib/search/suggest';

const vocabulary = new Map([['trafficking', 493], ['trafficked', 80], ['traffickers', 60], ['protection', 120], ['assistance', 150], ['as', 300], ['victim', 200], ['traffiking', 1], ['nigeria', 8]]);

test('edit distance counts an adjacent swap as one edit and stops past the limit', () => {
  expect(editDistance('protecion', 'protection', 2)).toBe(1);
  expect(editDistance('trafiking', 'trafficking', 2)).toBe(2);
  expect(editDistance('victmi', 'victim', 1)).toBe(1);
  expect(editDistance('asistance', 'as', 2)).toBe(3);
});

test('the nearest words come nearest first, then the more frequent', () => {
  expect(nearestWords('trafiking', vocabulary).map((w) => w.word)).toEqual(['traffiking', 'trafficking']);
});

test('a word no record contains is not found, and the nearest frequent word is suggested', () => {
  expect(checkWord('asistance', vocabulary)).toEqual({ word: 'asistance', found: false, suggestion: 'assistance' });
  expect(checkWord('protecion', vocabulary)).toEqual({ word: 'protecion', found: false, suggestion: 'protection' });
  expect(checkWord('xyzzyqqq', vocabulary)).toEqual({ word: 'xyzzyqqq', found: false });
});

test('a word far rarer than a form one edit away is found, and that form suggested', () => {
  expect(checkWord('traffiking', vocabulary)).toEqual({ word: 'traffiking', found: true, suggestion: 'trafficking' });
  expect(checkWord('trafficked', vocabulary)).toEqual({ word: 'trafficked', found: true });
});

test('a word Pagefind would match by prefix or by stem is found', () => {
  expect(checkWord('nig', vocabulary).found).toBe(true);
  expect(checkWord('trafficks', vocabulary).found).toBe(false);
  expect(checkWord('trafficks', vocabulary, stem).found).toBe(true);
});

test('numbers and very short words are searched as typed', () => {
  expect(checkWord('2024', vocabulary).found).toBe(true);
  expect(checkWord('zq', vocabulary).found).toBe(true);
});

test('the suggested query puts each suggestion in place of its word', () => {
  expect(suggestedQuery([{ word: 'victim', found: true }, { word: 'asistance', found: false, suggestion: 'assistance' }])).toBe('victim assistance');
  expect(suggestedQuery([{ word: 'victim', found: true }])).toBeUndefined();
});
