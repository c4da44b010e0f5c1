// Astro hook: on astro:config:setup (build only) removes a stale output folder, so that a failed
// build leaves no partial or old dist/ to deploy, then checks sessions, report front matter and
// the entity files in-process (cheap, no Markdown parse) and stops the build on any error before
// Astro's own schema check, naming file, line and what was found. The Markdown checks run where
// each report is parsed, in src/loaders/report-loader.ts. Refuses to delete an output folder that
// is the project root or lies outside it.
import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEntityData } from '../data/entity-data';
import { contentErrors } from '../lib/errors';
import { checkMetadata } from '../lib/structure/check-content';

export interface Options {
  /** Folder that holds content/reports and content/sessions. Default: the Astro project root. */
  root?: string;
}

export default function contentChecks({ root }: Options = {}): AstroIntegration {
  return {
    name: 'palermo-record:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const projectRoot = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const inside = relative(projectRoot, outDir);
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
          throw new Error(`content-checks: refusing to delete outDir ${outDir}: it is not a folder inside ${projectRoot}`);
        }
        rmSync(outDir, { recursive: true, force: true });
        const errors = [...checkMetadata(root ?? projectRoot), ...loadEntityData(root ?? projectRoot).errors];
        if (errors.length > 0) throw contentErrors(errors);
      },
    },
  };
}
