import { expect, test } from 'vitest';
import { contentText } from '../../../src/lib/text-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

test.each([
  ['LF', 'a\nb\n'],
  ['CRLF', 'a\r\nb\r\n'],
  ['lone CR', 'a\rb\r'],
  ['BOM and CRLF', '\uFEFFa\r\nb\r\n'],
  ['mixed', 'a\r\nb\r'],
])('%s reads as the LF text, with the same lines', (_, text) => {
  expect(contentText(utf8(text))).toBe('a\nb\n');
  expect(contentText(text)).toBe('a\nb\n');
});

test('a BOM is dropped only at the start; other text is untouched', () => {
  expect(contentText('x\uFEFFy “q” – \t')).toBe('x\uFEFFy “q” – \t');
});
