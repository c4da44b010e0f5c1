import { expect, test } from 'vitest';
import { countWords, countWordsByShard, parseVocabulary, shardsOfWord, vocabularyFiles, vocabularyLetter } from '../../../../src/lib/search/vocabulary';

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
  expect(parseVocabulary(files.get('t.txt')!)).toEqual({ counts: new Map([['trafficking', 493]]), shards: new Map() });
  expect(vocabularyLetter('zeal')).toBe('z');
  expect(vocabularyLetter('éxito')).toBe('_');
});

test('with several index shards, each word names the shards that hold it, read back the same', () => {
  const { counts, shards } = countWordsByShard([['Trafficking in Libya.', 'Trafficking'], ['trafficking of migrants'], ['Libya and trafficking']]);
  expect(counts.get('trafficking')).toBe(4);
  expect(shards.get('trafficking')).toEqual([0, 1, 2]);
  expect(shards.get('libya')).toEqual([0, 2]);
  expect(shards.get('migrants')).toEqual([1]);
  const files = vocabularyFiles(counts, shards);
  expect(files.get('t.txt')).toBe('trafficking 4 0-2\n');
  expect(files.get('l.txt')).toBe('libya 2 0,2\n');
  expect(parseVocabulary(files.get('l.txt')!)).toEqual({ counts: new Map([['libya', 2]]), shards: new Map([['libya', [0, 2]]]) });
});

test('a query word\'s shards: those of every word it begins or whose stem begins with its stem', () => {
  const counts = new Map([['trafficking', 9], ['trafficked', 3], ['traffic', 1], ['victims', 5]]);
  const shards = new Map([['trafficking', [0, 1]], ['trafficked', [3]], ['traffic', [4]], ['victims', [2]]]);
  const stem = (w: string) => w.replace(/(ing|ed|s)$/, '');
  expect(shardsOfWord('trafficking', counts, shards, stem)).toEqual([0, 1, 3]); // traffick… by stem
  expect(shardsOfWord('traffic', counts, shards, stem)).toEqual([0, 1, 3, 4]); // a prefix of them all
  expect(shardsOfWord('victim', counts, shards, stem)).toEqual([2]);
  expect(shardsOfWord('2019', counts, shards, stem)).toBeUndefined(); // numbers are not in the vocabulary
  expect(shardsOfWord('un', counts, shards, stem)).toBeUndefined();
  expect(shardsOfWord('victims', counts, new Map(), stem)).toBeUndefined(); // one shard: no lists
  expect(shardsOfWord('zebra', counts, shards, stem)).toEqual([]);
});
