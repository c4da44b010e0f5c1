// Inline noise of the converters, removed from one line of text:
// backslash escapes (`\$`, `\*`, `\(`, `\\_` in URLs), empty links (`[72/195](#)` → `72/195`),
// and hard-break trailing spaces. Footnote markers are left for footnotes.ts.

/** `\\_` and `\_` → `_`; `\$` → `$`; `\(` → `(`; any other backslash escape of punctuation → the character. */
export function resolveEscapes(text: string): string {
  return text.replace(/\\\\_/g, '_').replace(/\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g, '$1');
}

/** `[72/195](#)` → `72/195`: a link to nowhere is plain text (the entities step links it properly). */
export function unlinkEmptyLinks(text: string): string {
  return text.replace(/\[([^\]]+)\]\(#\)/g, '$1');
}

/** Removes `**…**` or `*…*` (or `<i>…</i>`) wrapped around the whole text, e.g. a bold heading. */
export function unwrapEmphasis(text: string): string {
  let out = text.trim();
  for (;;) {
    const match = /^(\*\*|\*|__|_)(.+)\1$/.exec(out) ?? /^<(i|b|em|strong)>(.+)<\/\1>$/.exec(out);
    if (!match || /^\*|\*$/.test(match[2]!)) return out;
    out = match[2]!.trim();
  }
}

/** The clean text of one source line: trailing spaces gone, escapes resolved, empty links unlinked. */
export function cleanInline(line: string): string {
  return unlinkEmptyLinks(resolveEscapes(line.replace(/\s+$/, '')));
}
