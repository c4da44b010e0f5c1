// Astro hook: stops `astro build` before it writes anything when the content has errors.
// On astro:config:setup (build only) it removes a stale output folder, so that a failed build
// leaves no partial or old dist/ to deploy, then runs the structural checks of src/lib/structure
// on the project's content and throws one Error listing every message. Refuses to delete an
// output folder that is the project root or lies outside it.
import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/structure/check-content';

export interface Options {
  /** Folder that holds content/reports and content/sessions. Default: the Astro project root. */
  root?: string;
}

export default function contentChecks({ root }: Options = {}): AstroIntegration {
  return {
    name: 'palermo-record:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const projectRoot = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const inside = relative(projectRoot, outDir);
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
          throw new Error(`content-checks: refusing to delete outDir ${outDir}: it is not a folder inside ${projectRoot}`);
        }
        rmSync(outDir, { recursive: true, force: true });

        const started = performance.now();
        const result = checkContent(root ?? projectRoot);
        const ms = Math.round(performance.now() - started);
        if (result.errors.length > 0) {
          const noun = result.errors.length === 1 ? 'content error' : 'content errors';
          throw new Error(`${result.errors.length} ${noun}:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
        }
        logger.info(`${result.reports} reports, ${result.sessions} sessions, ${result.paragraphs} paragraphs checked in ${ms} ms`);
      },
    },
  };
}
