import { expect, test } from 'vitest';
import { hierarchyEid, noteEid, paraEid } from '../../../../src/lib/akn/eid';

test.each([
  ['para_12', 12, []],
  ['para_139__subpara_d', 139, ['d']],
  ['para_139__subpara_d__subpara_iv', 139, ['d', 'iv']],
])('builds %s', (expected, number, labels) => {
  expect(paraEid(number, ...labels)).toBe(expected);
});

test('rejects a label that is neither a letter nor a roman numeral', () => {
  expect(() => paraEid(3, 'A')).toThrow('lower-case letter or roman numeral, got "A"');
});

test('a note takes the block it sits in as its context', () => {
  expect(noteEid(paraEid(52), '1')).toBe('para_52__authorialNote_1');
});

test.each([
  ['chp_I', undefined, 'chapter', 'I.'],
  ['chp_II__sec_A', 'chp_II', 'section', 'A.'],
  ['chp_II__sec_A__subsec_1__hcontainer_2', 'chp_II__sec_A__subsec_1', 'hcontainer', 2],
] as const)('builds %s', (expected, context, element, number) => {
  expect(hierarchyEid(context as never, element, number)).toBe(expected);
});

test('rejects a heading number with spaces', () => {
  expect(() => hierarchyEid(undefined, 'chapter', 'I bis')).toThrow('got "I bis"');
});
