import { expect, test } from 'vitest';
import { otherSpelling } from '../../../../src/lib/search/spelling-variants';

test.each([
  ['centred', 'centered'], ['organisation', 'organization'], ['labour', 'labor'], ['programme', 'program'], ['counselling', 'counseling'],
])('%s and %s are each other’s other spelling', (british, american) => {
  expect(otherSpelling(british)).toBe(american);
  expect(otherSpelling(american)).toBe(british);
});

test('a word spelt the same on both sides has none', () => {
  expect(otherSpelling('trafficking')).toBeUndefined();
});
