// The search vocabulary: every word the index holds, with the number of records (paragraphs and
// entity pages) it is in, so the search page can tell a word no paragraph contains and suggest the
// nearest one. Built with the index from the same records; split into one small file per first
// letter (`t.txt`: "trafficking 493" a line), so a query fetches only the letters it starts with.
// When the index is in several shards (src/lib/search/shards.ts), a line also names the shards
// that hold the word ("trafficking 43100 0-35"), so a search looks only in those.
// Words with digits are left out: they are never suggested. Pure.
import { decodeShardSet, encodeShardSet } from './shards';
import { contentTokens, indexedForms, tokenWord } from './words';

export type Vocabulary = ReadonlyMap<string, number>;
/** Word → the index shards that hold it (only when there are several). */
export type WordShards = ReadonlyMap<string, readonly number[]>;

/** The vocabulary file a word belongs to: its first letter a–z, or `_` for any other. */
export function vocabularyLetter(word: string): string {
  const first = word[0] ?? '';
  return /[a-z]/.test(first) ? first : '_';
}

/** Word → number of texts it is in, each text being everything one record is indexed under. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const token of contentTokens(text)) for (const form of indexedForms(tokenWord(token))) if (form.length > 1 && !/\d/.test(form)) seen.add(form);
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The words of each shard's texts: each word's count over all shards, and the shards it is in. */
export function countWordsByShard(shards: readonly (readonly string[])[]): { counts: Map<string, number>; shards: Map<string, number[]> } {
  return mergeShardCounts(shards.map((texts) => countWords(texts)));
}

/** Each shard's word counts (countWords) put together: each word's count over all shards, and the shards it is in. */
export function mergeShardCounts(perShard: readonly ReadonlyMap<string, number>[]): { counts: Map<string, number>; shards: Map<string, number[]> } {
  const counts = new Map<string, number>();
  const where = new Map<string, number[]>();
  perShard.forEach((shardCounts, shard) => {
    for (const [word, n] of shardCounts) {
      counts.set(word, (counts.get(word) ?? 0) + n);
      if (!where.has(word)) where.set(word, []);
      where.get(word)!.push(shard);
    }
  });
  return { counts, shards: where };
}

/** The vocabulary files: name (`t.txt`) → lines "word count" (and its shards, when given), in word order. */
export function vocabularyFiles(counts: Vocabulary, shards?: WordShards): Map<string, string> {
  const files = new Map<string, string[]>();
  for (const word of [...counts.keys()].sort()) {
    const letter = vocabularyLetter(word);
    if (!files.has(letter)) files.set(letter, []);
    const where = shards?.get(word);
    files.get(letter)!.push(`${word} ${counts.get(word)}${where ? ` ${encodeShardSet(where)}` : ''}`);
  }
  return new Map([...files].map(([letter, lines]) => [`${letter}.txt`, `${lines.join('\n')}\n`]));
}

export function parseVocabulary(text: string): { counts: Map<string, number>; shards: Map<string, number[]> } {
  const counts = new Map<string, number>();
  const shards = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const [word, count, where] = line.split(' ');
    if (!word || count === undefined) continue;
    counts.set(word, Number(count));
    if (where) shards.set(word, decodeShardSet(where));
  }
  return { counts, shards };
}

/**
 * The shards that can hold a query word, as Pagefind matches it: a word it begins, or a word whose
 * stem begins with its stem; undefined when the vocabulary cannot narrow it (a number, a one- or
 * two-letter word, no shard lists), so every shard is searched.
 */
export function shardsOfWord(word: string, vocabulary: Vocabulary, shards: WordShards, stem: (word: string) => string): number[] | undefined {
  if (word.length < 3 || /\d/.test(word) || shards.size === 0) return undefined;
  const stemmed = stem(word);
  const found = new Set<number>();
  for (const candidate of vocabulary.keys()) {
    if (candidate.startsWith(word) || stem(candidate).startsWith(stemmed)) for (const s of shards.get(candidate) ?? []) found.add(s);
  }
  return [...found].sort((a, b) => a - b);
}
