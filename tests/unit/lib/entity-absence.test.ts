import { expect, test } from 'vitest';
import { absenceAround, absenceSentence } from '../../../src/lib/entity-absence';

test('the last year before and the next after, in year order', () => {
  expect(absenceAround(['2019', '2012', '2024'], '2016')).toEqual({ mentioned: false, last: '2012', next: '2019' });
  expect(absenceAround(['2019'], '2024')).toEqual({ mentioned: false, last: '2019', next: undefined });
  expect(absenceAround(['2019'], '2019').mentioned).toBe(true);
});

test('the sentence says what is known, nothing more', () => {
  expect(absenceSentence('The Fund', '2024', { mentioned: false, last: '2019' })).toBe('The Fund is not mentioned in 2024; it was last mentioned in 2019.');
  expect(absenceSentence('Nigeria', '2016', { mentioned: false, last: '2012', next: '2019' })).toBe('Nigeria is not mentioned in 2016; it was last mentioned in 2012 and is next mentioned in 2019.');
  expect(absenceSentence('X', '2012', { mentioned: false, next: '2016' })).toBe('X is not mentioned in 2012; it is next mentioned in 2016.');
});
