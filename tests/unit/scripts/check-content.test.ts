import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve('.');
const tsx = join(root, 'node_modules/.bin/tsx');
const script = join(root, 'scripts/check-content.ts');
const good = join(root, 'tests/fixtures/good');

test('prints the counts and exits 0 when the content is clean', () => {
  const run = spawnSync(tsx, [script, good], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^1 reports, 3 sessions, 6 paragraphs: no errors \(\d+ ms\)\n$/);
}, 30_000);

test('prints each error on its own line and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
  cpSync(good, dir, { recursive: true });
  cpSync(join(root, 'tests/fixtures/bad/gap-in-numbering/cop8-2016.md'), join(dir, 'content/reports/cop8-2016.md'));
  cpSync(join(root, 'tests/fixtures/bad/session-end-before-start/cop9.yaml'), join(dir, 'content/sessions/cop9.yaml'));
  const run = spawnSync(tsx, [script], { cwd: dir, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toEqual([
    'content/reports/cop8-2016.md:13: paragraph 4 follows 2 (3 is missing)',
    'content/reports/cop8-2016.md:15: paragraph 8 follows 4 (5–7 are missing)',
    'content/sessions/cop9.yaml:8: field "endDate": expected a date on or after startDate (2018-10-19), found "2018-10-15"',
    '3 errors in 1 reports and 4 sessions',
    '',
  ]);
}, 30_000);
