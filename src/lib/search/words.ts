// How search sees a word, on both sides of the index: lower-cased, without diacritics or
// apostrophes, and a hyphenated word as Pagefind takes it — a query word's hyphens are dropped
// ("capacity-building" → "capacitybuilding") and an indexed one is found by the whole joined
// word and by each part. The vocabulary (build), the variant spellings (build) and the query check
// (browser) all read words through this file. Pure.

/** Pagefind's word separators: the content of a record splits into its words on these. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A word inside a token: letters and digits, with hyphens or apostrophes between them. */
const WORD = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/u;

/** Lower case, no diacritics, no apostrophes; hyphens kept. */
export function normalizeWord(word: string): string {
  // Most words are ASCII: no diacritics, no typographic apostrophe or hyphen to map.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase().replace(/'/g, '');
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[‐‑]/g, '-');
}

/** The words of a text, split as Pagefind splits a record's content (one entry per token). */
export function contentTokens(content: string): string[] {
  return content.split(WORD_SEPARATORS).filter((t) => t !== '');
}

/** Tokens already read: a corpus has a few tens of thousands of distinct tokens in millions. */
const tokenWords = new Map<string, string>();

/** The word inside a token, normalized: `(UNODC),` → `unodc`, `victim-centred.` → `victim-centred`; '' when none. */
export function tokenWord(token: string): string {
  let word = tokenWords.get(token);
  if (word === undefined) {
    word = normalizeWord(WORD.exec(token)?.[0] ?? '');
    tokenWords.set(token, word);
  }
  return word;
}

/** The word inside a token as printed: `(UNODC),` → `UNODC`; '' when none. */
export function tokenCore(token: string): string {
  return WORD.exec(token)?.[0] ?? '';
}

/** True when the token is its word and nothing after it (no comma or full stop closing it). */
export function endsAtWord(token: string): boolean {
  const match = WORD.exec(token);
  return !!match && match.index + match[0].length === token.length;
}

/** The forms under which an indexed word is found: `victim-centred` → victimcentred, victim, centred. */
export function indexedForms(word: string): string[] {
  if (!word.includes('-')) return word ? [word] : [];
  const parts = word.split('-').filter(Boolean);
  return [parts.join(''), ...parts];
}

/**
 * The words of a query as Pagefind searches them: split on spaces, punctuation (hyphens included)
 * dropped, lower case, no diacritics. `"Victim-centred" approach` → victimcentred, approach.
 */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((chunk) => chunk.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
    .map((chunk) => chunk.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
    .filter(Boolean);
}
