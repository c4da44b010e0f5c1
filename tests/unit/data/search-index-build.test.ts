// The index build's file steps: the cached site of search pages (a rebuild writes only the pages
// whose record changed and removes those of records that are gone; a folder without its manifest
// is rewritten whole), and the tree of hard links that puts the shards together.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { linkTree, syncSite } from '../../../src/data/search-index-build';

const site = () => join(mkdtempSync(join(tmpdir(), 'search-site-')), 'search-site');

test('a new site gets every page and a manifest', async () => {
  const dir = site();
  const written = await syncSite(dir, new Map([['reports/a/para-1/index.html', '<p>one</p>'], ['countries/nga/index.html', '<p>Nigeria</p>']]));
  expect(written).toBe(2);
  expect(readFileSync(join(dir, 'reports/a/para-1/index.html'), 'utf8')).toBe('<p>one</p>');
  expect(Object.keys(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))).toHaveLength(2);
});

test('a rebuild writes only changed pages and removes the pages of records that are gone', async () => {
  const dir = site();
  await syncSite(dir, new Map([['a/index.html', 'one'], ['b/index.html', 'two'], ['c/index.html', 'three']]));
  const before = statSync(join(dir, 'a/index.html')).mtimeMs;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const written = await syncSite(dir, new Map([['a/index.html', 'one'], ['b/index.html', 'two, edited'], ['d/index.html', 'four']]));
  expect(written).toBe(2);
  expect(statSync(join(dir, 'a/index.html')).mtimeMs).toBe(before);
  expect(readFileSync(join(dir, 'b/index.html'), 'utf8')).toBe('two, edited');
  expect(existsSync(join(dir, 'c/index.html'))).toBe(false);
});

test('a site left without its manifest (a stopped build) is rewritten whole', async () => {
  const dir = site();
  await syncSite(dir, new Map([['a/index.html', 'one']]));
  rmSync(join(dir, 'manifest.json'));
  writeFileSync(join(dir, 'stray.html'), 'left over');
  expect(await syncSite(dir, new Map([['a/index.html', 'one']]))).toBe(1);
  expect(existsSync(join(dir, 'stray.html'))).toBe(false);
});

test('many pages of one new folder are written at once without a missing-folder error', async () => {
  const dir = site();
  const pages = new Map(Array.from({ length: 200 }, (_, i) => [`reports/x/para-${i + 1}.html`, `<p>${i + 1}</p>`] as [string, string]));
  expect(await syncSite(dir, pages)).toBe(200);
  expect(readFileSync(join(dir, 'reports/x/para-200.html'), 'utf8')).toBe('<p>200</p>');
});

test('linkTree links every file of a tree, folders made, and leaves out the names it is told to', () => {
  const from = mkdtempSync(join(tmpdir(), 'link-from-'));
  mkdirSync(join(from, 'a/b'), { recursive: true });
  writeFileSync(join(from, 'top.txt'), 'top');
  writeFileSync(join(from, 'a/b/deep.txt'), 'deep');
  writeFileSync(join(from, 'a/skip.js'), 'skip');
  const to = join(mkdtempSync(join(tmpdir(), 'link-to-')), 'out');
  linkTree(from, to, (name) => name !== 'skip.js');
  expect(readFileSync(join(to, 'a/b/deep.txt'), 'utf8')).toBe('deep');
  expect(statSync(join(to, 'top.txt')).ino).toBe(statSync(join(from, 'top.txt')).ino);
  expect(existsSync(join(to, 'a/skip.js'))).toBe(false);
});
