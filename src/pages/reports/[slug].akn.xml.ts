// Serves each report as Akoma Ntoso XML (src/lib/akn/report-to-akn.ts): its body as the report
// loader stored it, read off the same tree as the page's HTML.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { fromHtml } from 'hast-util-from-html';
import { loadSite } from '../../data/load-site';
import { readRenderedAkn } from '../../data/rendered-reports';
import { storedFiles } from '../../loaders/report-loader';
import { markdownToHtml } from '../../lib/inline-markdown';
import { reportAknXml } from '../../lib/akn/report-to-akn';

export async function getStaticPaths() {
  const { reports } = await loadSite();
  return reports.map((report) => ({ params: { slug: report.slug }, props: { report } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { report } = props as { report: Awaited<ReturnType<typeof loadSite>>['reports'][number] };
  const entry = (await getEntry('reports', report.slug))!;
  const summary = report.data.summary ? fromHtml(markdownToHtml(report.data.summary), { fragment: true }) : undefined;
  const xml = reportAknXml(report, readRenderedAkn(storedFiles(entry)), { summary });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
