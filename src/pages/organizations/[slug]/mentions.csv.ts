// Routing only: /organizations/<slug>/mentions.csv, the organization page's list of paragraphs as CSV.
import type { APIRoute } from 'astro';
import { loadEntities } from '../../../data/load-entities';
import { entityMentions } from '../../../lib/entities/entity-views';
import { csvResponse, mentionListCsv } from '../../../lib/mention-csv';

export async function getStaticPaths() {
  const { data } = await loadEntities();
  return data.organizations.map(({ data: entry }) => ({ params: { slug: entry.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { index, reports } = await loadEntities();
  return csvResponse(mentionListCsv(entityMentions(index, reports, 'organization', params.slug!), site));
};
