// "Did you mean …?": checks each query word against the vocabulary and proposes, for a word no
// record contains (or one far rarer than a close form), the nearest word by edit distance, the
// more frequent first. A word counts as found when the index holds it, a word it begins (Pagefind
// matches prefixes: "nig" finds Nigeria), or a word whose stem begins with its stem (Pagefind
// stems both sides: "trafficks" finds trafficking). Pure; the stemmer is passed in.
import type { Vocabulary } from './vocabulary';

export interface WordCheck {
  word: string;
  /** False when no record contains the word in any form Pagefind would match. */
  found: boolean;
  /** A better word: the nearest frequent word for a word not found, or for a very rare one. */
  suggestion?: string;
}

/** Edit distance with adjacent transpositions (optimal string alignment); max + 1 once past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be from its suggestion. */
const allowedEdits = (word: string) => (word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2);

/** The nearest words, nearest first, then the more frequent. */
export function nearestWords(word: string, vocabulary: Vocabulary, limit = 3): { word: string; count: number; distance: number }[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  const found: { word: string; count: number; distance: number }[] = [];
  for (const [candidate, count] of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ word: candidate, count, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word)).slice(0, limit);
}

/** A word this much rarer than a form one edit away is taken for a misspelling of it. */
const RARER = 20;

export function checkWord(word: string, vocabulary: Vocabulary, stem?: (word: string) => string): WordCheck {
  // Numbers and one- or two-letter words are searched as typed.
  if (word.length < 3 || /\d/.test(word)) return { word, found: true };
  const count = vocabulary.get(word) ?? 0;
  if (count > 0) {
    const near = nearestWords(word, vocabulary, 1)[0];
    const rare = near && near.distance === 1 && near.count >= RARER * count;
    return { word, found: true, ...(rare ? { suggestion: near.word } : {}) };
  }
  const keys = [...vocabulary.keys()];
  const stemmed = stem?.(word);
  const found = keys.some((k) => k.startsWith(word)) || (!!stemmed && keys.some((k) => stem!(k).startsWith(stemmed)));
  if (found) return { word, found };
  const near = nearestWords(word, vocabulary, 1)[0];
  return { word, found, ...(near ? { suggestion: near.word } : {}) };
}

/** The query with each suggested word in place of the typed one, or undefined when nothing is suggested. */
export function suggestedQuery(checks: readonly WordCheck[]): string | undefined {
  if (!checks.some((c) => c.suggestion)) return undefined;
  return checks.map((c) => c.suggestion ?? c.word).join(' ');
}
