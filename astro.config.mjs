// @ts-check
// Wiring only: Markdown plugins come from src/plugins, build checks and search from src/integrations.
import { defineConfig } from 'astro/config';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import contentChecks from './src/integrations/content-checks.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://palermo-record.example.org',
  trailingSlash: 'always',
  // The content cache lives in the project, not in node_modules: copies of the project that share
  // node_modules (the bench's scale build, the bad-content build test) keep separate caches.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  // Reading pages ship no JavaScript of Astro's own; no prefetch, no view transitions.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // smartypants would rewrite the documents' quotes and dashes: a fidelity bug for us.
    smartypants: false,
    gfm: true,
    syntaxHighlight: false,
    remarkPlugins,
    rehypePlugins,
  },
  integrations: [contentChecks(), pagefindIndex()],
});
