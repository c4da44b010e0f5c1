// The file line of any value in a YAML text, by its path (["sections", 3, "heading"]), so that a
// check across files can name the line of the entry it refuses.
import { isNode, LineCounter, parseDocument } from 'yaml';

export type LineOf = (path: readonly (string | number)[]) => number | undefined;

export function yamlLines(text: string): LineOf {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, customTags: ['timestamp'] });
  return (path) => {
    const node = path.length === 0 ? document.contents : document.getIn(path, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}

/** A value read from a YAML file, with where it is: what a check across files names in its errors. */
export interface Located<T> {
  file: string;
  data: T;
  lineOf: LineOf;
}
