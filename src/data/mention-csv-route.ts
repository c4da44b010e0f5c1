// The route of an entity's list as CSV (/countries/<iso3>/mentions.csv, /programmes/<slug>/…,
// /organizations/<slug>/…): the same pages as the entity's own, one file each.
import type { APIRoute } from 'astro';
import { loadEntities } from './load-entities';
import { countsBySession, entityMentions } from '../lib/entities/entity-views';
import { mentionListCsv } from '../lib/mention-csv';

type Kind = 'country' | 'programme' | 'organization';

export function mentionCsvRoute(kind: Kind, param: 'iso3' | 'slug') {
  const getStaticPaths = async () => {
    const { data, index, reports } = await loadEntities();
    const ids = kind === 'country'
      ? [...countsBySession(index, reports, 'country').keys()]
      : (kind === 'programme' ? data.programmes : data.organizations).map(({ data: entry }) => entry.slug);
    return ids.map((id) => ({ params: { [param]: kind === 'country' ? id.toLowerCase() : id }, props: { id } }));
  };
  const GET: APIRoute = async ({ props, site }) => {
    const { index, reports } = await loadEntities();
    const csv = mentionListCsv(entityMentions(index, reports, kind, (props as { id: string }).id), site);
    return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  };
  return { getStaticPaths, GET };
}
