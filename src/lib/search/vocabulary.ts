// The search vocabulary: every word the index holds, with the number of records (paragraphs and
// entity pages) it is in, so the search page can tell a word no paragraph contains and suggest the
// nearest one. Built with the index from the same records; split into one small file per first
// letter (`t.txt`: "trafficking 493" a line), so a query fetches only the letters it starts with.
// Words with digits are left out: they are never suggested. Pure.
import { contentTokens, indexedForms, tokenWord } from './words';

export type Vocabulary = ReadonlyMap<string, number>;

/** The shard a word belongs to: its first letter a–z, or `_` for any other. */
export function vocabularyShard(word: string): string {
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

/** The shard files: name (`t.txt`) → lines "word count", in word order. */
export function vocabularyFiles(counts: Vocabulary): Map<string, string> {
  const shards = new Map<string, string[]>();
  for (const word of [...counts.keys()].sort()) {
    const shard = vocabularyShard(word);
    if (!shards.has(shard)) shards.set(shard, []);
    shards.get(shard)!.push(`${word} ${counts.get(word)}`);
  }
  return new Map([...shards].map(([shard, lines]) => [`${shard}.txt`, `${lines.join('\n')}\n`]));
}

export function parseVocabulary(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(' ');
    if (at > 0) words.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return words;
}
