// Splits a report into its YAML front matter and its Markdown body without moving any line:
// the body keeps one empty line for each front-matter line, so mdast positions in the body are
// line numbers in the file. Front matter must open the file (`---` on line 1, an optional BOM).

export interface SplitReport {
  /** The YAML between the `---` lines, or undefined when the file does not open with `---`. */
  frontMatter: string | undefined;
  /** Line of the first YAML line (2 when the file opens with `---`). */
  frontMatterLine: number;
  /** Line of the closing `---` (0 when there is no front matter). */
  closingLine: number;
  /** The Markdown after the front matter, preceded by as many newlines as the block had lines. */
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?=\r?\n|$)/;

export function splitFrontMatter(text: string): SplitReport {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: undefined, frontMatterLine: 0, closingLine: 0, body: text.replace(/^\uFEFF/, '') };
  const newlines = match[0].split('\n').length - 1;
  return {
    frontMatter: match[1] ?? '',
    frontMatterLine: 2,
    closingLine: newlines + 1,
    body: '\n'.repeat(newlines) + text.slice(match[0].length),
  };
}
