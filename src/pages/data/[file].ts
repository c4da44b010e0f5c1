// Serves every file of /data/ (src/lib/open-data/files.ts says what each is).
import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data';
import { OPEN_DATA_FILES } from '../../lib/open-data/files';

export function getStaticPaths() {
  return Object.keys(OPEN_DATA_FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = OPEN_DATA_FILES[params.file!]!;
  return new Response(file.write(await loadOpenData(), site!), { headers: { 'Content-Type': file.contentType } });
};
