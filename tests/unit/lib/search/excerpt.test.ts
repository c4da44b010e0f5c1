import { expect, test } from 'vitest';
import { recordExcerpt } from '../../../../src/lib/search/excerpt';

const at = (location: number, balanced_score = 1) => ({ location, balanced_score });

test('marks the matched words, escaped, and never shows the hidden words after the text', () => {
  const content = '35. A <victim-centred> approach. victim-centered. E. Victim protection.';
  // Own words 0–3; hidden: victim-centered (4) stands for word 2; the heading (5–7) stands for none.
  const excerpt = recordExcerpt(content, 4, [[2]], [at(4), at(6)]);
  expect(excerpt.html).toBe('35. A <mark>&lt;victim-centred&gt;</mark> approach.');
  expect(excerpt.marked).toEqual(['victim-centred']);
});

test('the window is the densest run of matches, with ellipses where the text goes on', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  const excerpt = recordExcerpt(words.join(' '), 100, [], [at(60), at(62), at(5, 0.5)], 10);
  expect(excerpt.html.startsWith('… ')).toBe(true);
  expect(excerpt.html.endsWith(' …')).toBe(true);
  expect(excerpt.html).toContain('<mark>w60</mark>');
  expect(excerpt.html).toContain('<mark>w62</mark>');
  expect(excerpt.marked).toEqual(['w5', 'w60', 'w62']);
});

test('a record matched only by hidden words shows its text from the start', () => {
  const excerpt = recordExcerpt('Country in Western Africa. Nigeria. Nigerians.', 4, [], [at(4), at(5)]);
  expect(excerpt.html).toBe('Country in Western Africa.');
  expect(excerpt.marked).toEqual([]);
});
