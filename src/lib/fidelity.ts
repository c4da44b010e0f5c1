// Word fidelity: does every word of a source reach the page, in order?
// Compares two token sequences with a diff (jsdiff): every source token must be matched in order,
// unless it is on an explicit, reviewed list of noise tokens. Callers compare like with like
// (body with body, notes with notes), since a diff cannot follow text that moved.
import { diffArrays } from 'diff';

/**
 * Tokens a reader sees: words and numbers, plus the quote and dash characters whose fidelity
 * matters to us (smart-quote rewriting would change them). Markup is dropped first: HTML tags,
 * Markdown link targets, escapes, emphasis marks.
 */
export function readerTokens(text: string): string[] {
  const visible = text
    .replace(/<(https?:\/\/[^>\s]+)>/g, ' $1 ') // an autolink shows its URL
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\\(.)/g, '$1');
  // Letters and digits are separate tokens: a footnote number sits glued to its word in text
  // ("Caribbean2") but apart in the source ("Caribbean<sup>2</sup>").
  return visible.match(/\p{L}+|\p{N}+|[“”‘’"'–—]/gu) ?? [];
}

export interface FidelityResult {
  total: number;
  reached: number;
  /** Source token runs that did not reach the page and are not on the noise list. */
  missing: string[][];
  /** Noise tokens that were removed, as listed. */
  removedNoise: string[];
  ratio: number;
}

export function wordFidelity(source: readonly string[], rendered: readonly string[], noise: readonly string[] = []): FidelityResult {
  const changes = diffArrays(source as string[], rendered as string[]);
  const noiseLeft = [...noise];
  const missing: string[][] = [];
  const removedNoise: string[] = [];
  let reached = 0;
  for (const change of changes) {
    if (change.added) continue;
    if (!change.removed) {
      reached += change.value.length;
      continue;
    }
    const run: string[] = [];
    for (const token of change.value) {
      const at = noiseLeft.indexOf(token);
      if (at >= 0) {
        noiseLeft.splice(at, 1);
        removedNoise.push(token);
        reached += 1;
      } else run.push(token);
    }
    if (run.length > 0) missing.push(run);
  }
  return { total: source.length, reached, missing, removedNoise, ratio: source.length ? reached / source.length : 1 };
}
