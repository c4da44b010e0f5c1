import { expect, test } from 'vitest';
import { splitFrontMatter } from '../../../../src/lib/structure/split-front-matter';

test('keeps body lines where they were in the file', () => {
  const split = splitFrontMatter('---\nsession: cop8\nsource: x.txt\n---\n\n## I. Introduction\n');
  expect(split.frontMatter).toBe('session: cop8\nsource: x.txt');
  expect(split.frontMatterLine).toBe(2);
  expect(split.closingLine).toBe(4);
  expect(split.body.split('\n')[5]).toBe('## I. Introduction');
});

test('handles CRLF line endings and a byte order mark', () => {
  const split = splitFrontMatter('\uFEFF---\r\nsession: cop8\r\n---\r\nBody');
  expect(split.frontMatter).toBe('session: cop8');
  expect(split.body.split('\n')[3]).toBe('Body');
});

test('an empty block is empty front matter, not missing front matter', () => {
  const split = splitFrontMatter('---\n---\n\nBody');
  expect(split.frontMatter).toBe('');
  expect(split.closingLine).toBe(2);
});

test('a file that does not open with --- has no front matter', () => {
  const split = splitFrontMatter('\n---\nsession: cop8\n---\n');
  expect(split.frontMatter).toBeUndefined();
  expect(split.body).toBe('\n---\nsession: cop8\n---\n');
});

test('a file that is only front matter has an empty body', () => {
  expect(splitFrontMatter('---\na: 1\n---').body.trim()).toBe('');
});
