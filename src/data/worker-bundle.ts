// A worker thread's script, bundled once per code version with esbuild into the cache beside the
// code's own node_modules (so the bundle's external packages resolve from it): worker threads
// cannot load TypeScript through Vite. Used by the render pool and the search index.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourceDigest } from './source-digest';

/** The bundled script of the worker whose entry is `entry` (a .ts file URL), built on first use. */
export async function bundledWorker(entry: URL, name: string): Promise<string> {
  const dir = fileURLToPath(new URL('../../node_modules/.cache/palermo-record/', import.meta.url));
  const outfile = join(dir, `${name}-${sourceDigest()}.mjs`);
  if (!existsSync(outfile)) {
    mkdirSync(dir, { recursive: true });
    // Written under a name of its own, then renamed: a build stopped half-way leaves no half bundle.
    const partial = `${outfile}.${process.pid}.partial.mjs`;
    await build({ entryPoints: [fileURLToPath(entry)], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node24', packages: 'external', logLevel: 'error' });
    renameSync(partial, outfile);
  }
  return outfile;
}
