// Checks that a file's bytes are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF). Works on the raw bytes because reading a file as 'utf-8' silently replaces
// bad bytes with U+FFFD, which would then reach the site. Reports the first bad byte with its
// line and column (in bytes) and how many bad sequences the file has.
import { ContentError } from '../errors';

export function checkUtf8(file: string, bytes: Uint8Array): ContentError[] {
  const bad = invalidUtf8Offsets(bytes);
  if (bad.length === 0) return [];
  const first = bad[0]!;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < first; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const byte = bytes[first]!.toString(16).toUpperCase().padStart(2, '0');
  const more = bad.length > 1 ? ` (${bad.length} invalid sequences in the file)` : '';
  return [
    new ContentError({
      file,
      line,
      expected: 'UTF-8 text',
      found: `byte 0x${byte} at column ${first - lineStart + 1}, which is not valid UTF-8${more}`,
    }),
  ];
}

/** Offsets of the first byte of each invalid sequence. */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      bad.push(i);
      i++;
    } else {
      i += length;
    }
  }
  return bad;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, min = 0x80, max = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= min && b <= max;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0; // no overlong
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0; // no overlong
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0; // ≤ U+10FFFF
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
