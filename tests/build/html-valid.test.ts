// The W3C Nu HTML Checker (vnu-jar from npm, run with the machine's Java) finds no error on any
// built page.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import vnu from 'vnu-jar';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
}

test('every built page is valid HTML', () => {
  const files = pages('dist').filter((f) => !f.startsWith('dist/pagefind/'));
  expect(files.length).toBeGreaterThan(250);
  let output = '';
  try {
    output = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(output.split('\n').filter((line) => line.startsWith('Error') || line.startsWith('Fatal'))).toEqual([]);
}, 120_000);
