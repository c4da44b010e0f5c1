// How every content file (report Markdown, session YAML) is read as text: UTF-8, without a byte
// order mark, with LF line endings. Windows editors save CRLF and a BOM, old Mac ones a lone CR;
// all of them must give the same pages as the LF file. Line numbers do not move (each line
// ending stays one "\n").

/** The text of a content file, normalised; invalid UTF-8 becomes U+FFFD (check-utf8.ts reports it). */
export function contentText(bytes: Uint8Array | string): string {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
