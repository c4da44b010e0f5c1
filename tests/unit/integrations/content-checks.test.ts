import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
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
  const integration = contentChecks();
  const params = { command, config: { root: pathToFileURL(`${dir}/`), outDir: pathToFileURL(`${outDir}/`) } };
  return { run: () => integration.hooks['astro:config:setup']!(params as never) };
}

test('on build with clean content it removes the stale dist/', () => {
  const dir = project();
  runSetup(dir, 'build').run();
  expect(existsSync(join(dir, 'dist'))).toBe(false);
});

test('on build with a front-matter error it removes dist/ and throws one error listing every message', () => {
  const dir = project();
  cpSync(new URL('../../fixtures/bad/unknown-key/cop8-2016.md', import.meta.url), join(dir, 'content/reports/cop8-2016.md'));
  expect(runSetup(dir, 'build').run).toThrow(/^1 content error:\n {2}content\/reports\/cop8-2016\.md:\d+: field "/);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
});

test('in dev it does nothing', () => {
  const dir = project();
  runSetup(dir, 'dev').run();
  expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
});

test('it refuses to delete an outDir that is not inside the project', () => {
  const dir = project();
  expect(runSetup(dir, 'build', dir).run).toThrow('refusing to delete outDir');
  expect(runSetup(dir, 'build', tmpdir()).run).toThrow('refusing to delete outDir');
  expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
});
