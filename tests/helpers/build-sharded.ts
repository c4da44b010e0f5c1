// The same site built with its search index in shards of 100 paragraphs (five at 5 reports), so
// the browser tests can check that a sharded search finds, counts and orders what the one-shard
// index does; at 500 reports the default size makes 40-odd shards. Built once per test run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const SHARDED_DIST = 'dist-sharded';
const STAMP = `${SHARDED_DIST}/.built-by-test-run`;

export function buildShardedSite(): void {
  const run = String(process.ppid);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', SHARDED_DIST], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PALERMO_SEARCH_SHARD_PARAGRAPHS: '100' },
  });
  writeFileSync(STAMP, run);
}
