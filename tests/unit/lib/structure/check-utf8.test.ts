import { expect, test } from 'vitest';
import { checkUtf8, invalidUtf8Offsets } from '../../../../src/lib/structure/check-utf8';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

test('valid UTF-8 in 1 to 4 bytes passes', () => {
  expect(checkUtf8('r.md', bytes('a é – 中 😀 \u{10FFFF}'))).toEqual([]);
});

test.each<[string, number[]]>([
  ['a Latin-1 byte', [0xe9]],
  ['a lone continuation byte', [0x80]],
  ['a truncated sequence', [0xe2, 0x80]],
  ['an overlong slash', [0xc0, 0xaf]],
  ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
  ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
  ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['byte 0xFF', [0xff]],
])('rejects %s', (_name, bad) => {
  expect(invalidUtf8Offsets(bytes('ok ', bad, ' ok'))[0]).toBe(3);
});

test('reports the first bad byte with its line and column, and the count', () => {
  const errors = checkUtf8('r.md', bytes('---\nline two\n1\\. Caf', [0xe9], ' and ', [0xff], '\n'));
  expect(errors.map((e) => e.message)).toEqual([
    'r.md:3: expected UTF-8 text, found byte 0xE9 at column 8, which is not valid UTF-8 (2 invalid sequences in the file)',
  ]);
});
