// A search result's excerpt, from the record's own words only: a record is indexed under its text,
// then under words it never shows (other spellings, hyphenations, the section heading,
// src/lib/search-pages.ts), so Pagefind's own excerpt could show those or mark nothing. The match
// locations Pagefind gives are mapped back onto the text: a hidden variant marks the word it
// stands for. The window is Pagefind's: the run of `length` words where the matches weigh most.
// Pure; returns escaped HTML with <mark> and the marked words, for the landing page's highlight.
import { contentTokens, tokenCore } from './words';

export interface MatchLocation {
  location: number;
  balanced_score: number;
}

export interface Excerpt {
  html: string;
  /** The distinct words marked anywhere in the text (not only in the window), as printed. */
  marked: string[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The densest window start, as Pagefind's calculate_excerpt_region. */
function windowStart(scores: number[], length: number): number {
  if (scores.length <= length) return 0;
  let sum = scores.slice(0, length).reduce((n, s) => n + (s ?? 0), 0);
  let best = sum;
  let at = [0];
  for (let i = 0; i < scores.length; i++) {
    sum += (scores[i + length] ?? 0) - (scores[i] ?? 0);
    if (sum > best) {
      best = sum;
      at = [i + 1];
    } else if (sum === best && at[at.length - 1] === i) {
      at.push(i + 1);
    }
  }
  return at[Math.floor(at.length / 2)]!;
}

/**
 * `content` is the record's content as Pagefind stores it, of which the first `own` words are the
 * text; `sources[k]` are the text positions the k-th hidden word after them stands for.
 */
export function recordExcerpt(content: string, own: number, sources: readonly (readonly number[])[], locations: readonly MatchLocation[], length = 36): Excerpt {
  const words = contentTokens(content).slice(0, own);
  const scores: number[] = new Array(words.length).fill(0);
  const marked = new Set<number>();
  for (const { location, balanced_score } of locations) {
    const targets = location < own ? [location] : (sources[location - own] ?? []);
    for (const t of targets) {
      if (t >= words.length) continue;
      marked.add(t);
      scores[t] = (scores[t] ?? 0) + balanced_score;
    }
  }
  const start = Math.min(windowStart(scores, length), Math.max(0, words.length - length));
  const end = Math.min(words.length, start + length);
  const shown = words.slice(start, end).map((w, k) => (marked.has(start + k) ? `<mark>${escape(w)}</mark>` : escape(w)));
  const html = `${start > 0 ? '… ' : ''}${shown.join(' ')}${end < words.length ? ' …' : ''}`;
  const printed = new Map<string, string>();
  for (const i of [...marked].sort((a, b) => a - b)) {
    const core = tokenCore(words[i]!);
    if (core && !printed.has(core.toLowerCase())) printed.set(core.toLowerCase(), core);
  }
  return { html, marked: [...printed.values()] };
}
