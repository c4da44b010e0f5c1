// @ts-check
// Wiring only: Markdown plugins come from src/plugins, build checks and search from src/integrations.
import { defineConfig } from 'astro/config';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import contentChecks from './src/integrations/content-checks.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://palermo-record.example.org',
  trailingSlash: 'always',
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
  integrations: [contentChecks()],
});
