// Routing only: /reports/<slug>/cite.bib, cite.ris and cite.json, the report's citation record
// in the formats reference managers import (src/lib/citation-formats.ts writes them).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/load-site';
import { CITATION_FORMATS, formatCitation, type CitationFormat } from '../../../lib/citation-formats';
import { citationRecord } from '../../../lib/citation-record';
import { reportUrl } from '../../../lib/routes';

export const getStaticPaths = (async () => {
  const { reports } = await loadSite();
  return reports.flatMap((report) => (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({ params: { slug: report.slug, format }, props: { report, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { report, format } = props as { report: Awaited<ReturnType<typeof loadSite>>['reports'][number]; format: CitationFormat };
  const record = citationRecord(report.slug, report.data, report.session, new URL(reportUrl(report.slug), site).href);
  return new Response(formatCitation(record, format), { headers: { 'Content-Type': `${CITATION_FORMATS[format].type}; charset=utf-8` } });
};
