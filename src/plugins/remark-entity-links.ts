// Turns entity mentions in report text into quiet links to their pages: countries
// (/countries/<iso3>/), programmes (/programmes/<slug>/), organizations (/organizations/<slug>/).
// Reads text nodes outside links and headings, the whole report before writing (a short form such
// as "the Working Group" counts only after the full name: short-forms.ts); writes link nodes with
// class "mention".
// Uses the one matcher of src/lib/entities, so pages and the mention index agree; a country
// nested in a programme's name stays inside that link. Idempotent: text in a link is left alone.
import type { Link, Parent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Matcher } from '../lib/entities/match-entities';
import { entityUrl } from '../lib/routes';

export interface Options {
  /** The entity matcher (src/data/entity-data.ts builds it). Without one, nothing is linked. */
  matcher?: Matcher;
  /**
   * A hash of the entity files. Not read here: Astro keys its content cache on the serialized
   * config, so a change of entity data re-renders the reports instead of serving stale links.
   */
  dataVersion?: string;
}

const IGNORE = new Set(['link', 'linkReference', 'heading', 'definition']);

export default function remarkEntityLinks({ matcher }: Options = {}) {
  return (tree: Root): void => {
    if (!matcher) return;
    // The whole report first (in reading order), so that short forms see what came before.
    const nodes: { node: Text; parent: Parent }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => IGNORE.has(a.type))) return;
      nodes.push({ node, parent: ancestors.at(-1) as Parent });
    });
    const found = matcher.matchDocument(nodes.map(({ node }) => node.value));
    nodes.forEach(({ node, parent }, i) => {
      const mentions = found[i]!.filter((m) => !m.nested);
      if (mentions.length === 0) return;
      const parts: (Text | Link)[] = [];
      let last = 0;
      for (const m of mentions) {
        if (m.start > last) parts.push({ type: 'text', value: node.value.slice(last, m.start) });
        parts.push({
          type: 'link',
          url: entityUrl(m.kind, m.id),
          children: [{ type: 'text', value: m.text }],
          data: { hProperties: { className: ['mention', `mention-${m.kind}`] } },
        });
        last = m.end;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(parent.children.indexOf(node), 1, ...parts);
    });
  };
}
