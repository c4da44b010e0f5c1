// Build-time hand-off to the Pagefind integration: the search records of every paragraph and
// entity page, from the one mention index. src/integrations/pagefind.ts indexes this file after
// the build and removes it from dist/.
import type { APIRoute } from 'astro';
import { loadEntities } from '../data/load-entities';
import { loadSite } from '../data/load-site';
import { entityRecords, paragraphRecords } from '../lib/search-records';
import { countryUrl, organizationUrl, programmeUrl } from '../lib/routes';

export const GET: APIRoute = async () => {
  const { reports } = await loadSite();
  const { data, index } = await loadEntities();
  const paragraphs = paragraphRecords(index, reports.map((r) => ({
    slug: r.slug, session: r.session.slug, year: r.year, body: r.session.slug.replace(/\d+$/, ''), label: r.label,
    date: r.data.distributionDate ?? r.year,
  })));
  const countryNames = new Map<string, string[]>();
  for (const s of data.gazetteer.surfaces) countryNames.set(s.id, [...(countryNames.get(s.id) ?? []), s.text]);
  const counted = new Set(index.flatMap((p) => p.mentions.filter((m) => m.kind === 'country').map((m) => m.id)));
  const entities = entityRecords([
    ...[...counted].sort().map((iso3) => {
      const info = data.gazetteer.countries.get(iso3)!;
      return { kind: 'country' as const, id: iso3, url: countryUrl(iso3), name: info.name, names: (countryNames.get(iso3) ?? []).filter((n) => n !== info.name && /^[A-Za-z' ()-]+$/.test(n)), description: `Country in ${info.subregion}` };
    }),
    ...data.programmes.map(({ data: p }) => ({ kind: 'programme' as const, id: p.slug, url: programmeUrl(p.slug), name: p.name, names: p.aliases, description: p.description })),
    ...data.organizations.map(({ data: o }) => ({ kind: 'organization' as const, id: o.slug, url: organizationUrl(o.slug), name: o.name, names: [...(o.acronym ? [o.acronym] : []), ...o.aliases], description: o.description })),
  ]);
  return new Response(JSON.stringify([...paragraphs, ...entities]), { headers: { 'Content-Type': 'application/json' } });
};
