// Parses YAML the way Astro's loaders read it (js-yaml's default schema: YAML 1.2 core plus
// timestamps, so an unquoted 2024-10-14 becomes a Date that the schemas then reject) and keeps
// where each top-level key sits, so that field errors can name a line. Syntax errors and
// duplicate keys become ContentErrors; nothing is repaired.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../errors';

export interface ParsedYaml {
  /** The parsed value (undefined when the YAML has errors). */
  data: unknown;
  errors: ContentError[];
  /** File line of a top-level key, when present. */
  lineOf(key: string): number | undefined;
}

export interface Options {
  /** File line of the first YAML line (2 for front matter after `---`). Default 1. */
  firstLine?: number;
}

export function parseYaml(file: string, text: string, { firstLine = 1 }: Options = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = document.errors.map(
    (error) =>
      new ContentError({
        file,
        line: toFileLine(error.pos[0]),
        problem: `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      }),
  );
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), toFileLine(pair.key.range[0]));
    }
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS();
    } catch (error) {
      // The yaml package refuses aliases that would expand without bound (an "alias bomb") and
      // aliases to nothing; either is this file's error, not a crash.
      errors.push(new ContentError({ file, line: firstLine, problem: `invalid YAML: ${(error as Error).message.split('\n')[0]}` }));
    }
  }
  return {
    data,
    errors,
    lineOf: (key) => keyLines.get(key),
  };
}
