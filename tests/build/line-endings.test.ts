// A real build of a copy of the project whose reports were saved with CRLF (cop10), a lone CR
// (cop12) and a UTF-8 BOM (ga74) — as Windows and old Mac editors save them — must write the
// same pages as the LF project's dist/, byte for byte.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
}

test('CRLF, a lone CR and a BOM build exactly the pages of the LF files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-eol-build-'));
  try {
    for (const entry of ['src', 'scripts', 'public', 'sources', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, join(dir, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const rewrite = (name: string, change: (text: string) => string) => {
      const path = join(dir, 'content/reports', name);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    };
    rewrite('cop10-2020.md', (t) => t.replace(/\n/g, '\r\n'));
    rewrite('cop12-2024.md', (t) => t.replace(/\n/g, '\r'));
    rewrite('ga74-2019.md', (t) => `\uFEFF${t}`);
    const run = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8' });
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/content errors?:/);
    expect(run.status).toBe(0);
    const built = htmlFiles(join(dir, 'dist'));
    expect(built).toEqual(htmlFiles('dist'));
    const different = built.filter((f) => readFileSync(join(dir, 'dist', f), 'utf8') !== readFileSync(join('dist', f), 'utf8'));
    expect(different).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
