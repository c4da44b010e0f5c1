import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve('.');
const tsx = join(root, 'node_modules/.bin/tsx');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(dir, 'content/reports'), { recursive: true });
  mkdirSync(join(dir, 'sources'));
  cpSync(join(root, 'content/established-symbols.yaml'), join(dir, 'content/established-symbols.yaml'));
  cpSync(join(root, 'sources/2012-cop6-secretariat.txt'), join(dir, 'sources/2012-cop6-secretariat.txt'));
  return dir;
}

test('npm run import writes the report and prints its counts', () => {
  const dir = workspace();
  const out = execFileSync(tsx, [join(root, 'scripts/import.ts'), 'sources/2012-cop6-secretariat.txt'], { cwd: dir, encoding: 'utf8' });
  expect(out).toContain('content/reports/cop6-2012.md: 39 paragraphs');
  expect(readFileSync(join(dir, 'content/reports/cop6-2012.md'), 'utf8')).toBe(readFileSync('content/reports/cop6-2012.md', 'utf8'));
}, 30_000);

test('it refuses to overwrite an existing report without --force', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'content/reports/cop6-2012.md'), 'reviewed');
  const run = spawnSync(tsx, [join(root, 'scripts/import.ts'), 'sources/2012-cop6-secretariat.txt'], { cwd: dir, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('content/reports/cop6-2012.md exists; pass --force to overwrite it');
  expect(readFileSync(join(dir, 'content/reports/cop6-2012.md'), 'utf8')).toBe('reviewed');
  const forced = spawnSync(tsx, [join(root, 'scripts/import.ts'), 'sources/2012-cop6-secretariat.txt', '--force'], { cwd: dir, encoding: 'utf8' });
  expect(forced.status).toBe(0);
}, 30_000);
