import { describe, expect, test } from 'vitest';
import { footnoteId, footnoteRefId, paraId, parseParaId } from '../../../src/lib/anchors';

describe('paraId', () => {
  test.each([
    ['para-1', 1, []],
    ['para-12', 12, []],
    ['para-12-a', 12, ['a']],
    ['para-12-i', 12, ['i']],
    ['para-12-d-iv', 12, ['d', 'iv']],
    ['para-139-d-viii', 139, ['d', 'viii']],
  ])('builds %s', (expected, number, labels) => {
    expect(paraId(number, ...labels)).toBe(expected);
  });

  test.each([
    [0, 'positive integer, got 0'],
    [-3, 'positive integer, got -3'],
    [1.5, 'positive integer, got 1.5'],
    [Number.NaN, 'positive integer, got NaN'],
  ])('rejects paragraph number %s with a readable message', (number, message) => {
    expect(() => paraId(number)).toThrow(message);
  });

  test.each([['A'], ['aa'], ['4'], [''], ['d-iv'], ['(a)']])('rejects the label "%s"', (label) => {
    expect(() => paraId(12, label)).toThrow(`got "${label}"`);
  });
});

describe('parseParaId', () => {
  test.each([
    ['para-12', { number: 12, labels: [] }],
    ['para-12-a', { number: 12, labels: ['a'] }],
    ['para-12-d-iv', { number: 12, labels: ['d', 'iv'] }],
  ])('reads %s', (id, expected) => {
    expect(parseParaId(id)).toEqual(expected);
  });

  test.each([['para-0'], ['para-012'], ['para-12-'], ['para-12-A'], ['para-12-aa'], ['fn-1'], ['para-x'], ['#para-12'], [' para-12']])(
    'does not take %s for an anchor',
    (id) => {
      expect(parseParaId(id)).toBeUndefined();
    },
  );

  test.each([[1, []], [12, ['a']], [12, ['d', 'iv']], [7, ['xix']]] as const)('reads back what paraId(%s, …%j) built', (number, labels) => {
    expect(parseParaId(paraId(number, ...labels))).toEqual({ number, labels });
  });
});

describe('footnote anchors', () => {
  test.each([
    ['1', 'fn-1', 'fnref-1'],
    ['12', 'fn-12', 'fnref-12'],
    [3, 'fn-3', 'fnref-3'],
  ])('label %j gives %s and %s', (label, id, refId) => {
    expect(footnoteId(label)).toBe(id);
    expect(footnoteRefId(label)).toBe(refId);
  });

  test.each([['0'], ['01'], ['note'], [''], ['1a'], [-1], [1.5]])('rejects the label %j', (label) => {
    expect(() => footnoteId(label)).toThrow('footnote label must be a positive integer');
    expect(() => footnoteRefId(label)).toThrow('footnote label must be a positive integer');
  });
});
