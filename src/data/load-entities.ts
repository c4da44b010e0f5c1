// Builds the per-paragraph mention index and the reference list once per build, from the
// report models the loader stored (src/loaders/report-loader.ts) and the entity data; every
// entity page, the references page, the JSON index and the search records read this one result.
import { mentionIndex, type ParagraphMentions } from '../lib/entities/mention-index';
import type { ReportRef } from '../lib/entities/entity-views';
import type { Reference } from '../lib/entities/references';
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
    const models = reports.map((r) => ({ slug: r.slug, model: r.model }));
    const references = models.flatMap(({ slug, model }) =>
      model.paragraphs.flatMap((p) => p.references.map((reference) => ({ report: slug, paragraph: p.number, reference }))),
    );
    const refs = reports.map((r) => ({ slug: r.slug, session: r.session.slug, year: r.year, label: r.label }));
    return { data: loadEntityData(), index: mentionIndex(models), references, reports: refs };
  })();
  return cache;
}
