import { expect, test } from 'vitest';
import { countWords, parseVocabulary, vocabularyFiles, vocabularyShard } from '../../../../src/lib/search/vocabulary';

test('each word counts once per record, hyphenated words under each form, numbers left out', () => {
  const counts = countWords(['12. Trafficking, trafficking and victim-centred work in 2019.', 'Trafficking again; Ésta']);
  expect(counts.get('trafficking')).toBe(2);
  expect(counts.get('victimcentred')).toBe(1);
  expect(counts.get('victim')).toBe(1);
  expect(counts.get('centred')).toBe(1);
  expect(counts.get('esta')).toBe(1);
  expect(counts.has('2019')).toBe(false);
  expect(counts.has('12')).toBe(false);
});

test('one file per first letter, one "word count" a line, read back the same', () => {
  const counts = new Map([['trafficking', 493], ['asylum', 3], ['aid', 7], ['éxito', 1]]);
  const files = vocabularyFiles(counts);
  expect([...files.keys()].sort()).toEqual(['_.txt', 'a.txt', 't.txt']);
  expect(files.get('a.txt')).toBe('aid 7\nasylum 3\n');
  expect(parseVocabulary(files.get('t.txt')!)).toEqual(new Map([['trafficking', 493]]));
  expect(vocabularyShard('zeal')).toBe('z');
  expect(vocabularyShard('éxito')).toBe('_');
});
