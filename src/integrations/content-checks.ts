// Astro hook: stops `astro build` before it writes anything when the content has errors.
// On astro:config:setup (build only) it removes a stale output folder, so that a failed build
// leaves no partial or old dist/ to deploy, checks sessions, front matter and entity data in-process, and starts
// the Markdown checks (scripts/check-content.ts) in a child process: they parse every report, which
// costs as much as Astro's own Markdown rendering, so they run on the other core during the sync.
// On astro:build:start, before any page is written, it waits for them and throws one Error
// listing every message. Refuses to delete an output folder that is the project root or lies outside it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEntityData } from '../data/entity-data';
import { checkMetadata } from '../lib/structure/check-content';

export interface Options {
  /** Folder that holds content/reports and content/sessions. Default: the Astro project root. */
  root?: string;
}

interface CheckRun { code: number | null; stdout: string; stderr: string }

const CLI = fileURLToPath(new URL('../../scripts/check-content.ts', import.meta.url));

function runChecks(root: string): Promise<CheckRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The Error a failed check run becomes: a count, then each message on its own line. */
export function checksError({ code, stderr }: CheckRun): Error {
  const lines = stderr.trim().split('\n');
  // The CLI's last line is its own summary ("N errors in …"); the rest are the messages.
  const messages = code === 1 && lines.length > 1 ? lines.slice(0, -1) : lines;
  const noun = messages.length === 1 ? 'content error' : 'content errors';
  return new Error(`${messages.length} ${noun}:\n${messages.map((m) => `  ${m}`).join('\n')}`);
}

export default function contentChecks({ root }: Options = {}): AstroIntegration {
  let pending: Promise<CheckRun> | undefined;
  let entityErrors: string[] = [];
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
        // Front matter and sessions first, in-process and fast, so their messages (with what was
        // found) come before Astro's schema check; the Markdown checks then run beside the sync.
        const metadata = checkMetadata(root ?? projectRoot);
        if (metadata.length > 0) throw checksError({ code: 2, stdout: '', stderr: metadata.map((e) => e.message).join('\n') });
        // Entity files now (cheap); whether each entry is mentioned needs every report scanned,
        // which the child does with the Markdown checks.
        entityErrors = loadEntityData(root ?? projectRoot).errors.map((e) => e.message);
        pending = runChecks(root ?? projectRoot);
      },
      'astro:build:start': async ({ logger }) => {
        if (!pending) return;
        const run = await pending;
        // The child checks entities too; report them once, with the Markdown errors.
        const markdown = run.code === 0 ? [] : checksError(run).message.split('\n').slice(1).map((line) => line.trim());
        const messages = [...new Set([...markdown, ...entityErrors])];
        if (messages.length > 0) throw checksError({ code: 2, stdout: '', stderr: messages.join('\n') });
        logger.info(run.stdout.trim());
      },
    },
  };
}
