// A project whose reports and sessions were saved with CRLF, a lone CR or a UTF-8 BOM checks and
// renders exactly as the LF project: same errors (none), same paragraph models, same HTML.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkProject } from '../../../src/data/check-project';
import { readReportFiles } from '../../../src/data/read-report-files';
import { renderHere } from '../../../src/loaders/render-here';

const root = process.cwd();
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyWith(rewrite: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-eol-'));
  copies.push(dir);
  for (const entry of ['content', 'sources']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const folder of ['content/reports', 'content/sessions']) {
    for (const name of readdirSync(join(dir, folder))) {
      const path = join(dir, folder, name);
      writeFileSync(path, rewrite(readFileSync(path, 'utf8')));
    }
  }
  return dir;
}

const render = (dir: string) => {
  const { files, internal } = readReportFiles(dir);
  return renderHere(dir, internal, files).map((r) => ({ errors: r.errors.map(String), html: r.html }));
};
const lf = checkProject(root);
const lfPages = render(root);

test.each([
  ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
  ['a lone CR', (t: string) => t.replace(/\n/g, '\r')],
  ['a UTF-8 BOM', (t: string) => `\uFEFF${t}`],
  ['a BOM and CRLF', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
])('reports and sessions saved with %s give the same checks, models and HTML', (_, rewrite) => {
  const dir = copyWith(rewrite);
  const checked = checkProject(dir);
  expect(checked.errors.map((e) => e.message)).toEqual([]);
  expect(checked.models).toEqual(lf.models);
  expect(render(dir)).toEqual(lfPages);
}, 60_000);
