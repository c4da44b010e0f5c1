// The inputs of the /data/ files, gathered once per build from the loaded collections and the
// entity data; the files themselves are written by the pure functions of src/lib/open-data/.
import { loadEntities } from './load-entities';
import { loadSite } from './load-site';
import type { EntityNames } from '../lib/open-data/csv-tables';
import type { OpenDataInputs } from '../lib/open-data/files';
import { sourceUrl } from '../lib/routes';

let cache: Promise<OpenDataInputs> | undefined;

export function loadOpenData(): Promise<OpenDataInputs> {
  cache ??= (async () => {
    const { reports, facts } = await loadSite();
    const { data } = await loadEntities();
    const programmes = new Map(data.programmes.map(({ data: p }) => [p.slug, p.name]));
    const organizations = new Map(data.organizations.map(({ data: o }) => [o.slug, o.name]));
    const names: EntityNames = (kind, id) => {
      const name = kind === 'country' ? data.gazetteer.countries.get(id)?.name : (kind === 'programme' ? programmes : organizations).get(id);
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
