// Serves each report's reviewed Markdown (the source of truth of its page).
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/load-site';

export async function getStaticPaths() {
  const { reports } = await loadSite();
  return reports.map((r) => ({ params: { slug: r.slug } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(`content/reports/${params.slug}.md`), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
