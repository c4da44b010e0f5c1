// Turns entity mentions in report text into quiet links to their pages: countries
// (/countries/<iso3>/), programmes (/programmes/<slug>/), organizations (/organizations/<slug>/).
// Reads text nodes outside links and headings; writes link nodes with class "mention".
// Uses the one matcher of src/lib/entities, so pages and the mention index agree. Idempotent:
// text already inside a link is left alone.
import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
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

export default function remarkEntityLinks({ matcher }: Options = {}) {
  return (tree: Root): void => {
    if (!matcher) return;
    findAndReplace(
      tree,
      [
        new RegExp(matcher.pattern.source, matcher.pattern.flags),
        (value: string) => {
          const surface = matcher.lookup(value);
          if (!surface || surface.kind === 'none') return false;
          return {
            type: 'link',
            url: entityUrl(surface.kind, surface.id),
            children: [{ type: 'text', value }],
            data: { hProperties: { className: ['mention', `mention-${surface.kind}`] } },
          };
        },
      ],
      { ignore: ['link', 'linkReference', 'heading', 'definition'] },
    );
  };
}
