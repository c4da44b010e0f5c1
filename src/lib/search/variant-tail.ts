// The words a paragraph is indexed under besides its own: the other spelling of each word
// (centred → centered) and, for a compound the corpus also writes with a hyphen, the hyphenated
// form of the joined or spaced one (cooperation, capacity building → co-operation,
// capacity-building), which Pagefind finds by the joined word and by each part. So every
// spelling and hyphenation of a word finds the same paragraphs. The tail is indexed after the
// paragraph and never shown: each of its words records the positions of the paragraph's own
// words it stands for, so the search page marks those instead. Pure.
import { contentTokens, endsAtWord, tokenWord } from './words';

/** The corpus's hyphenated compounds, keyed by their joined and spaced forms. */
export interface Compounds {
  /** `cooperation` → `co-operation` */
  joined: ReadonlyMap<string, string>;
  /** `capacity building` → `capacity-building` (two or three parts) */
  spaced: ReadonlyMap<string, string>;
}

export interface VariantTail {
  /** The extra words, in the order of the paragraph words they stand for. */
  words: string[];
  /** For each extra word, the positions (in the content's words) it stands for. */
  sources: number[][];
}

/** Every hyphenated word of the texts (two or three parts), by its joined and its spaced form. */
export function compoundsOf(texts: Iterable<string>): Compounds {
  const joined = new Map<string, string>();
  const spaced = new Map<string, string>();
  for (const text of texts) {
    for (const token of contentTokens(text)) {
      const word = tokenWord(token);
      if (!word.includes('-')) continue;
      const parts = word.split('-');
      if (parts.length > 3 || parts.some((p) => p.length < 2 || /\d/.test(p))) continue;
      joined.set(parts.join(''), word);
      spaced.set(parts.join(' '), word);
    }
  }
  return { joined, spaced };
}

export function variantTail(content: string, compounds: Compounds, otherSpelling: (word: string) => string | undefined): VariantTail {
  const tokens = contentTokens(content);
  const words = tokens.map(tokenWord);
  const tail: VariantTail = { words: [], sources: [] };
  const add = (word: string, sources: number[]) => {
    tail.words.push(word);
    tail.sources.push(sources);
  };
  // A plain word (no hyphen, within a sentence) can start or continue a spaced compound.
  const plain = words.map((w) => !!w && !w.includes('-'));
  words.forEach((word, i) => {
    if (!word) return;
    if (plain[i]) {
      const respelled = otherSpelling(word);
      if (respelled && respelled !== word) add(respelled, [i]);
    } else {
      const parts = word.split('-');
      const respelled = parts.map((p) => otherSpelling(p) ?? p);
      if (respelled.some((p, k) => p !== parts[k])) add(respelled.join('-'), [i]);
    }
    const hyphenated = compounds.joined.get(word);
    if (hyphenated) add(hyphenated, [i]);
    // A compound written in two or three words: the words must follow each other within a sentence.
    if (!plain[i] || !plain[i + 1] || !endsAtWord(tokens[i]!)) return;
    const two = `${word} ${words[i + 1]}`;
    const compound = compounds.spaced.get(two);
    if (compound) add(compound, [i, i + 1]);
    if (!plain[i + 2] || !endsAtWord(tokens[i + 1]!)) return;
    const three = compounds.spaced.get(`${two} ${words[i + 2]}`);
    if (three) add(three, [i, i + 1, i + 2]);
  });
  return tail;
}

/** The sources as one meta value: `12;40.41` (positions joined by `.`, words by `;`). */
export function encodeSources(sources: readonly (readonly number[])[]): string {
  return sources.map((s) => s.join('.')).join(';');
}

export function decodeSources(value: string | undefined): number[][] {
  if (!value) return [];
  return value.split(';').map((s) => s.split('.').map(Number));
}
