import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, vi } from 'vitest';
import contentChecks from '../../../src/integrations/content-checks';

const good = new URL('../../fixtures/good', import.meta.url);

/** A project folder with the good fixture content and a stale dist/. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-checks-'));
  cpSync(good, dir, { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), 'stale');
  return dir;
}

function runSetup(dir: string, command: string, outDir = join(dir, 'dist')) {
  const info = vi.fn();
  const integration = contentChecks();
  const params = {
    command,
    config: { root: pathToFileURL(`${dir}/`), outDir: pathToFileURL(`${outDir}/`) },
    logger: { info },
  };
  return {
    info,
    run: () => integration.hooks['astro:config:setup']!(params as never),
    /** The hook Astro calls before it writes any page: it waits for the checks. */
    buildStart: () => integration.hooks['astro:build:start']!({ logger: { info } } as never),
  };
}

test('on build with clean content it removes the stale dist/ and logs the counts', async () => {
  const dir = project();
  const { info, run, buildStart } = runSetup(dir, 'build');
  run();
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  await buildStart();
  expect(info).toHaveBeenCalledWith(expect.stringMatching(/^1 reports, 3 sessions, 6 paragraphs: no errors \(\d+ ms\)$/));
}, 30_000);

test('on build with content errors it removes dist/ and throws one error listing every message', async () => {
  const dir = project();
  cpSync(new URL('../../fixtures/bad/gap-in-numbering/cop8-2016.md', import.meta.url), join(dir, 'content/reports/cop8-2016.md'));
  const { run, buildStart } = runSetup(dir, 'build');
  run();
  await expect(buildStart()).rejects.toThrow(
    [
      '2 content errors:',
      '  content/reports/cop8-2016.md:12: paragraph 4 follows 2 (3 is missing)',
      '  content/reports/cop8-2016.md:14: paragraph 8 follows 4 (5–7 are missing)',
    ].join('\n'),
  );
  expect(existsSync(join(dir, 'dist'))).toBe(false);
}, 30_000);

test('in dev it does nothing', async () => {
  const dir = project();
  const { run, buildStart } = runSetup(dir, 'dev');
  run();
  await buildStart();
  expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
});

test('it refuses to delete an outDir that is not inside the project', () => {
  const dir = project();
  expect(runSetup(dir, 'build', dir).run).toThrow('refusing to delete outDir');
  expect(runSetup(dir, 'build', tmpdir()).run).toThrow('refusing to delete outDir');
  expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
});
