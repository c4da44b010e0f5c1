// @ts-check
// Wiring only. Reports are rendered by their own content loader (src/loaders/report-loader.ts:
// one unified parse per report, the plugins of src/plugins), not by Astro's Markdown pipeline;
// build checks and search come from src/integrations.
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentChecks from './src/integrations/content-checks.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Where the site is deployed: canonical URLs, citations, the sitemap and the feed use it.
  site: process.env.SITE_URL ?? 'https://palermo-record.example.org',
  trailingSlash: 'always',
  // The content cache lives in the project, not in node_modules: copies of the project that share
  // node_modules (the bench's scale build, the bad-content build test) keep separate caches.
  cacheDir: './.astro/cache',
  // Four pages at a time: a page's files are written while the next is rendered (at 500 reports,
  // page generation 24.0 s → 21.7 s; the same dist/, byte for byte, at 5).
  build: { format: 'directory', concurrency: 4 },
  // Astro 7 defaults to JSX whitespace rules, which drop the space between a line of text and a
  // link on the next line ("publication.<a>Sources"); collapse whitespace as HTML does instead.
  compressHTML: true,
  // Reading pages ship no JavaScript of Astro's own; no prefetch, no view transitions.
  prefetch: false,
  devToolbar: { enabled: false },
  // No Markdown goes through Astro's own processor (the report loader renders reports with
  // unified and no smartypants, which would rewrite the documents' quotes and dashes).
  markdown: { syntaxHighlight: false },
  // The sitemap lists every page but the 404 page; robots.txt (src/pages/robots.txt.ts) names it.
  integrations: [contentChecks(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
});
