// Serves each source text as it is, so a reader can check the edition against its input.
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/load-site';

export async function getStaticPaths() {
  const { reports } = await loadSite();
  return reports.map((r) => ({ params: { file: r.data.source } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(`sources/${params.file}`), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
