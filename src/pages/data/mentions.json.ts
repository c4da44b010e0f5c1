// The per-paragraph mention index as JSON, for readers' own tools: for every paragraph of every
// report, the countries, programmes, organizations and references it cites.
import type { APIRoute } from 'astro';
import { loadEntities } from '../../data/load-entities';
import { mentionedIds } from '../../lib/entities/mention-index';

export const GET: APIRoute = async () => {
  const { index, references } = await loadEntities();
  // Grouped once: a scan of every reference per paragraph would grow with the square of the corpus.
  const byParagraph = Map.groupBy(references, (r) => `${r.report}#${r.paragraph}`);
  const paragraphs = index.map((entry) => ({
    report: entry.report,
    paragraph: entry.paragraph,
    countries: mentionedIds(entry, 'country'),
    programmes: mentionedIds(entry, 'programme'),
    organizations: mentionedIds(entry, 'organization'),
    references: [...new Set((byParagraph.get(`${entry.report}#${entry.paragraph}`) ?? []).map((r) => r.reference.id))],
  }));
  return new Response(JSON.stringify({ paragraphs }), { headers: { 'Content-Type': 'application/json' } });
};
