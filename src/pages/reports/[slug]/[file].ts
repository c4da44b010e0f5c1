// Routing only: /reports/<slug>/cite.bib, cite.ris and cite.json, the report's citation record in
// the formats reference managers import, and cite-paragraph.* the same record as the template the
// Cite panel fills in for one paragraph (src/lib/citation-formats.ts writes them).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/load-site';
import { CITATION_FILES, CITATION_FORMATS, formatCitation } from '../../../lib/citation-formats';
import { citationRecord, paragraphRecordTemplate } from '../../../lib/citation-record';
import { reportUrl } from '../../../lib/routes';

export const getStaticPaths = (async () => {
  const { reports } = await loadSite();
  return reports.flatMap((report) => Object.entries(CITATION_FILES).map(([file, { format, paragraph }]) => ({ params: { slug: report.slug, file }, props: { report, format, paragraph } })));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute = ({ props, site }) => {
  const { report, format, paragraph } = props as Props;
  const record = citationRecord(report.slug, report.data, report.session, new URL(reportUrl(report.slug), site).href);
  return new Response(formatCitation(paragraph ? paragraphRecordTemplate(record) : record, format), { headers: { 'Content-Type': `${CITATION_FORMATS[format].type}; charset=utf-8` } });
};
