// Builds the nested table of contents of a report from its headings (as Astro's render()
// returns them): chapters (depth 2), sections (3), numbered sub-headings (4), by default.

export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  depth: number;
  children: TocItem[];
}

export interface Options {
  /** Shallowest heading depth listed. */
  minDepth?: number;
  /** Deepest heading depth listed. */
  maxDepth?: number;
}

export function buildToc(headings: readonly HeadingInfo[], { minDepth = 2, maxDepth = 4 }: Options = {}): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, depth: heading.depth, children: [] };
    while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(item);
    stack.push(item);
  }
  return root;
}
