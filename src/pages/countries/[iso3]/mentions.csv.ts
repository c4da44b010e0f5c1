// Routing only: /countries/<iso3>/mentions.csv, the country page's list of paragraphs as CSV.
import type { APIRoute } from 'astro';
import { loadEntities } from '../../../data/load-entities';
import { countsBySession, entityMentions } from '../../../lib/entities/entity-views';
import { csvResponse, mentionListCsv } from '../../../lib/mention-csv';

export async function getStaticPaths() {
  const { index, reports } = await loadEntities();
  return [...countsBySession(index, reports, 'country').keys()].map((iso3) => ({ params: { iso3: iso3.toLowerCase() }, props: { iso3 } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { index, reports } = await loadEntities();
  return csvResponse(mentionListCsv(entityMentions(index, reports, 'country', (props as { iso3: string }).iso3), site));
};
