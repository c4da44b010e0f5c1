// Word fidelity: does every word of a source reach the page, in order?
// Compares two token sequences with a diff (jsdiff). A run of source tokens the diff reports as
// removed still counts as reached when the same run was added elsewhere (moved: footnotes go to
// the end of the page, the agenda footnote into the metadata block). Whatever is left must be
// on an explicit, reviewed list of noise tokens.
import { diffArrays } from 'diff';

/**
 * Tokens a reader sees: words and numbers, plus the quote and dash characters whose fidelity
 * matters to us (smart-quote rewriting would change them). Markup is dropped first: HTML tags,
 * Markdown link targets, escapes, emphasis marks.
 */
export function readerTokens(text: string): string[] {
  const visible = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\\(.)/g, '$1');
  return visible.match(/[\p{L}\p{N}]+|[“”‘’"'–—]/gu) ?? [];
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
  const added = changes.filter((c) => c.added).map((c) => c.value.join(' '));
  const addedText = ` ${added.join(' | ')} `;
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
    if (addedText.includes(` ${change.value.join(' ')} `)) {
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
