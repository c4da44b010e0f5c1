import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkContent, readContentFiles } from '../../../../src/lib/structure/check-content';

const good = fileURLToPath(new URL('../../../fixtures/good', import.meta.url));

test('reads reports and sessions from disk, sorted, with root-relative paths', () => {
  const files = readContentFiles(good);
  expect(files.reports.map((f) => f.path)).toEqual(['content/reports/cop8-2016.md']);
  expect(files.sessions.map((f) => f.path)).toEqual(['content/sessions/cop6.yaml', 'content/sessions/cop8.yaml', 'content/sessions/ga74.yaml']);
  expect(Buffer.isBuffer(files.reports[0]?.bytes)).toBe(true);
});

test('the good fixture site passes', () => {
  expect(checkContent(good)).toEqual({ errors: [], reports: 1, sessions: 3, paragraphs: 6 });
});

test('missing content folders are empty collections', () => {
  const empty = mkdtempSync(join(tmpdir(), 'check-content-'));
  try {
    expect(checkContent(empty)).toEqual({ errors: [], reports: 0, sessions: 0, paragraphs: 0 });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
