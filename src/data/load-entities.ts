// Builds the per-paragraph mention index and the reference list once per build, from the
// reports collection and the entity data; every entity page, the references page, the JSON
// index and the search records read this one result.
import { getCollection } from 'astro:content';
import { buildMentionIndex, type ParagraphMentions } from '../lib/entities/mention-index';
import type { ReportRef } from '../lib/entities/entity-views';
import { paragraphTexts } from '../lib/entities/paragraph-text';
import { findReferences, type Reference } from '../lib/entities/references';
import { loadEntityData, type EntityData } from './entity-data';
import { loadSite } from './load-site';

export interface ReferenceUse {
  report: string;
  paragraph: number;
  reference: Reference;
}

export interface SiteEntities {
  data: EntityData;
  index: ParagraphMentions[];
  references: ReferenceUse[];
  reports: ReportRef[];
}

let cache: Promise<SiteEntities> | undefined;

export function loadEntities(): Promise<SiteEntities> {
  cache ??= (async () => {
    const { reports } = await loadSite();
    const entries = await getCollection('reports');
    const body = new Map(entries.map((e) => [e.id, e.body ?? '']));
    const data = loadEntityData();
    const markdown = reports.map((r) => ({ slug: r.slug, markdown: body.get(r.slug) ?? '' }));
    const index = buildMentionIndex(markdown, data.matcher);
    const references = markdown.flatMap(({ slug, markdown: md }) =>
      paragraphTexts(md).flatMap(({ number, text, heading }) =>
        findReferences(text, { context: heading }).map((reference) => ({ report: slug, paragraph: number, reference })),
      ),
    );
    const refs = reports.map((r) => ({ slug: r.slug, session: r.session.slug, year: r.year, label: r.label }));
    return { data, index, references, reports: refs };
  })();
  return cache;
}
