// Astro hook: after the build, indexes the search records (dist/search-records.json, one record
// per paragraph and per entity page) with Pagefind's Node API into dist/pagefind/, then removes
// the records file. Logs the counts and the time it took; a Pagefind error fails the build.
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records';

export interface Options {
  /** File in the output folder that holds the records. */
  recordsFile?: string;
}

export default function pagefindIndex({ recordsFile = 'search-records.json' }: Options = {}): AstroIntegration {
  return {
    name: 'palermo-record:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const recordsPath = `${outDir}/${recordsFile}`;
        const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
        // At most 1,000 fragment files: past that Pagefind bundles fragments, so a 500-report
        // corpus writes 15 MB in about a thousand files instead of 175 MB in 43,000.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 1000 });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          // Every record in flight at once: the service works through them in order, and a round
          // trip per record would leave it waiting.
          const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          added.forEach((result, i) => {
            if (result.errors.length > 0) throw new Error(`pagefind: ${records[i]!.url}: ${result.errors.join('; ')}`);
          });
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        await rm(recordsPath);
        const paragraphs = records.filter((r) => r.filters['type']?.[0] === 'paragraph').length;
        logger.info(`indexed ${paragraphs} paragraphs and ${records.length - paragraphs} entity pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
