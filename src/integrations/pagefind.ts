// Astro hook: the search index. On a build it lets the report loader start indexing as soon as
// the report models exist (src/data/search-index.ts: one Pagefind record per paragraph and per
// entity page, indexed in Pagefind's own process while Astro writes the pages); after the build
// it waits for that index and links it into dist/pagefind/. Logs the counts and the time
// indexing took; a Pagefind error fails the build.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { enableSearchIndex, searchIndexJob } from '../data/search-index';
import { linkTree } from '../data/search-index-build';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'palermo-record:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') enableSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const job = searchIndexJob();
        if (!job) throw new Error('pagefind: no search index was started (the report loader starts it after the content sync)');
        const waited = performance.now();
        const index = await job;
        const waitedMs = Math.round(performance.now() - waited);
        // Links to the kept index's files, not copies (Astro empties dist/ by unlinking, so the cache stays).
        linkTree(index.dir, `${fileURLToPath(dir)}/pagefind`);
        const how = index.reused ? 'reused the index of the same records' : `indexed in ${index.ms} ms`;
        logger.info(`${index.paragraphs} paragraphs and ${index.entities} entity pages in ${index.shards} ${index.shards === 1 ? 'shard' : 'shards'}: ${how}, beside the page build; waited ${waitedMs} ms after it`);
      },
    },
  };
}
