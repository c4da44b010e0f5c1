// The one error type of lib code and its one formatter. A ContentError says where (file, and a
// line or a front-matter field), what was expected and what was found:
//   content/reports/cop12-2024.md:212: paragraph 42 follows 40 (41 is missing)
//   content/reports/x.md:9: field "distributionDate": expected an ISO date (YYYY-MM-DD), found "29 June 2012"
// `problem` is a sentence for errors that read better in their own words (numbering, pairing);
// without it the message is "expected …, found …". Checks return these; callers decide to throw.

export interface ContentErrorInit {
  /** Path of the offending file as the reader should see it, e.g. content/reports/cop8-2016.md. */
  file: string;
  /** 1-based line in that file, when the error has one place. */
  line?: number | undefined;
  /** Front-matter or YAML field, dotted for nested paths. */
  field?: string | undefined;
  /** What the format asks for, e.g. `an ISO date (YYYY-MM-DD)`, `paragraph 41`. */
  expected?: string | undefined;
  /** What the file has, e.g. `"29 June 2012"`, `paragraph 42`, `nothing`. */
  found?: string | undefined;
  /** A whole sentence that replaces "expected …, found …" in the message. */
  problem?: string | undefined;
}

export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly expected: string | undefined;
  readonly found: string | undefined;
  readonly problem: string | undefined;

  constructor(init: ContentErrorInit) {
    super(formatContentError(init));
    this.name = 'ContentError';
    this.file = init.file;
    this.line = init.line;
    this.field = init.field;
    this.expected = init.expected;
    this.found = init.found;
    this.problem = init.problem;
  }
}

/** `file[:line]: [field "x": ](problem | expected …, found …)` — the only place messages are built. */
export function formatContentError({ file, line, field, expected, found, problem }: ContentErrorInit): string {
  const where = line === undefined ? file : `${file}:${line}`;
  const what = field === undefined ? '' : `field "${field}": `;
  const detail = problem ?? `expected ${expected ?? 'something else'}, found ${found ?? 'nothing'}`;
  return `${where}: ${what}${detail}`;
}

/** Sorts errors by file, then line (errors without a line first), keeping the order within a line. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) =>
      a.error.file < b.error.file ? -1 : a.error.file > b.error.file ? 1
        : (a.error.line ?? 0) - (b.error.line ?? 0) || a.index - b.index)
    .map(({ error }) => error);
}

/** One Error for a set of content errors, to stop a build: a count, then each message on its own line, sorted. */
export function contentErrors(errors: readonly ContentError[]): Error {
  const sorted = sortContentErrors(errors);
  const noun = sorted.length === 1 ? 'content error' : 'content errors';
  return new Error(`${sorted.length} ${noun}:\n${sorted.map((e) => `  ${e.message}`).join('\n')}`);
}
