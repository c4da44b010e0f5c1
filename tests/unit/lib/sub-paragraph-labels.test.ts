import { describe, expect, test } from 'vitest';
import { classifySubParagraphLabels, isSubParagraphLabel } from '../../../src/lib/sub-paragraph-labels';

describe('isSubParagraphLabel', () => {
  test.each([
    ['a', true],
    ['z', true],
    ['i', true],
    ['iv', true],
    ['xx', true],
    ['A', false],
    ['aa', false],
    ['xxi', false],
    ['', false],
    ['(a)', false],
  ])('%j → %s', (label, expected) => {
    expect(isSubParagraphLabel(label)).toBe(expected);
  });
});

/** The paths of the classified labels, joined: ['a', 'b', 'b.i'] reads like the nesting. */
function paths(labels: string[]): string[] {
  return classifySubParagraphLabels(labels).labels.map((l) => l.path.join('.'));
}

describe('classifySubParagraphLabels nests labels', () => {
  test.each([
    ['letters stay at depth 1', ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['romans after a letter nest in it', ['a', 'b', 'i', 'ii', 'c'], ['a', 'b', 'b.i', 'b.ii', 'c']],
    ['each letter restarts its romans', ['a', 'i', 'ii', 'b', 'i'], ['a', 'a.i', 'a.ii', 'b', 'b.i']],
    ['(i) after (h) is the letter i', ['a', 'b', 'c', 'd', 'i', 'ii', 'iii', 'e', 'f', 'g', 'h', 'i'], ['a', 'b', 'c', 'd', 'd.i', 'd.ii', 'd.iii', 'e', 'f', 'g', 'h', 'i']],
    ['(v) after (u) is the letter v', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v'], 'abcdefghijklmnopqrstuv'.split('')],
    ['romans alone stay at depth 1', ['i', 'ii', 'iii', 'iv'], ['i', 'ii', 'iii', 'iv']],
    ['a lone (i) is a roman numeral', ['i'], ['i']],
    ['romans run past (v) and (x)', ['a', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'b'], ['a', 'a.i', 'a.ii', 'a.iii', 'a.iv', 'a.v', 'a.vi', 'a.vii', 'a.viii', 'a.ix', 'a.x', 'b']],
    ['no labels, nothing to nest', [], []],
  ])('%s', (_, labels, expected) => {
    expect(paths(labels)).toEqual(expected);
    expect(classifySubParagraphLabels(labels).problems).toEqual([]);
  });

  test('gives kind, depth and ordinal of each label', () => {
    expect(classifySubParagraphLabels(['c', 'iv']).labels).toEqual([
      { label: 'c', kind: 'letter', depth: 1, ordinal: 3, path: ['c'] },
      { label: 'iv', kind: 'roman', depth: 2, ordinal: 4, path: ['c', 'iv'] },
    ]);
  });
});

describe('classifySubParagraphLabels reports labels out of sequence', () => {
  test.each([
    ['a gap in the letters', ['a', 'c'], [{ index: 1, label: 'c', expected: 'b' }]],
    ['a repeated letter', ['a', 'b', 'b'], [{ index: 2, label: 'b', expected: 'c' }]],
    ['letters that do not start at (a)', ['b', 'c'], [{ index: 0, label: 'b', expected: 'a' }]],
    ['a gap in the romans alone', ['i', 'iii'], [{ index: 1, label: 'iii', expected: 'ii' }]],
    ['a roman numeral that does not start at (i)', ['a', 'ii'], [{ index: 1, label: 'ii', expected: 'b' }]],
    ['a gap in the romans under a letter', ['a', 'i', 'iii'], [{ index: 2, label: 'iii', expected: 'b' }]],
    ['romans before the first letter', ['i', 'ii', 'a'], [{ index: 0, label: 'i', expected: 'a' }, { index: 1, label: 'ii', expected: 'a' }]],
    ['romans under (h) (read as the letter i, then a stray (ii))', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'ii'], [{ index: 9, label: 'ii', expected: 'j' }]],
  ])('%s', (_, labels, expected) => {
    expect(classifySubParagraphLabels(labels).problems).toEqual(expected);
  });

  test('a roman numeral out of sequence still names the letter it sits under', () => {
    expect(paths(['a', 'i', 'iii'])).toEqual(['a', 'a.i', 'a.iii']);
  });
});
