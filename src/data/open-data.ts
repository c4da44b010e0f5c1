// The inputs of the /data/ files, gathered once per build from the loaded collections and the
// entity data; the files themselves are written by the pure functions of src/lib/open-data/.
import { loadEntities } from './load-entities';
import { loadSite } from './load-site';
import { entityKey, entityNames } from '../lib/entities/entity-names';
import type { EntityNames } from '../lib/open-data/csv-tables';
import type { OpenDataInputs } from '../lib/open-data/files';
import { sourceUrl } from '../lib/routes';

let cache: Promise<OpenDataInputs> | undefined;

export function loadOpenData(): Promise<OpenDataInputs> {
  cache ??= (async () => {
    const { reports, facts } = await loadSite();
    const { data } = await loadEntities();
    const known = entityNames(data);
    const names: EntityNames = (kind, id) => {
      const name = known.get(entityKey(kind, id));
      if (name === undefined) throw new Error(`a ${kind} "${id}" is mentioned but has no entry in the entity data`);
      return name;
    };
    return {
      reports: reports.map((r) => ({ slug: r.slug, session: r.session.slug, year: r.year, model: r.model })),
      names,
      facts,
      sources: reports.map((r) => ({ title: r.heading, path: sourceUrl(r.data.source) })),
    };
  })();
  return cache;
}
