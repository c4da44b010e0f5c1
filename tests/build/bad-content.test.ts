// A real `astro build` of a copy of the project with one bad report: the build must stop with a
// message naming the file and line, and leave no dist/ behind.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-bad-'));
  for (const entry of ['src', 'scripts', 'public', 'sources', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string) {
  const run = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

test.each([
  ['gap-in-numbering', 'cop8-2016.md', 'content/reports/cop8-2016.md:13: paragraph 4 follows 2 (3 is missing)'],
  ['script-in-body', 'cop8-2016.md', 'content/reports/cop8-2016.md:11: raw HTML is not allowed: found "<script>'],
  ['orphan-footnote-reference', 'cop8-2016.md', 'content/reports/cop8-2016.md:11: footnote reference [^2] has no definition'],
  ['bad-date', 'cop6-2012.md', 'content/reports/cop6-2012.md:5: field "distributionDate": expected an ISO date (YYYY-MM-DD), found "29 June 2012"'],
  ['hostile-link-javascript', 'cop8-2016.md', 'content/reports/cop8-2016.md:11: link "click" points to a "javascript:" URL'],
  ['hostile-reference-definition', 'cop8-2016.md', 'content/reports/cop8-2016.md:13: reference definition [x] points to a "javascript:" URL'],
  ['yaml-alias-bomb', 'cop8-2016.md', 'content/reports/cop8-2016.md:2: invalid YAML: Excessive alias count'],
  ['unknown-session', 'cop99-2030.md', 'content/reports/cop99-2030.md:2: field "session": expected the slug of a session file'],
])('a report with %s stops the build with its file and line, and no dist/', (fixture, file, message) => {
  const dir = copyProject();
  cpSync(`tests/fixtures/bad/${fixture}/${file}`, join(dir, 'content/reports', file));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain(message);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
}, 120_000);

test('deleting the title of the 2012 report stops the build: its source\'s cover establishes one', () => {
  const dir = copyProject();
  const path = join(dir, 'content/reports/cop6-2012.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*\n/m, ''));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain('content/reports/cop6-2012.md: field "title": expected "Activities of the United Nations Office on Drugs and Crime to promote…", as sources/2012-cop6-secretariat.txt establishes it, found nothing');
  expect(existsSync(join(dir, 'dist'))).toBe(false);
}, 120_000);

test.each([
  ['a theme section whose heading the report does not have', 'content/themes/protection-of-victims.yaml', (t: string) => t.replace('heading: 6. Victim protection and support', 'heading: 6. Victims'),
    'content/themes/protection-of-victims.yaml:7: content/reports/cop8-2016.md has no heading "6. Victims"'],
  ['a heading left out of every theme and of the exclusions', 'content/theme-exclusions.yaml', (t: string) => t.replace(/- report: cop6-2012\n {2}heading: I\. Introduction\n {2}reason: .*\n/, ''),
    'content/reports/cop6-2012.md: the heading "I. Introduction" is in no theme (content/themes/) and not in content/theme-exclusions.yaml with a reason'],
  ['a session fact whose quote its paragraph does not say', 'content/session-facts.yaml', (t: string) => t.replace('has a total of 169 parties', 'has a total of 170 parties'),
    'content/session-facts.yaml:'],
])('%s stops the build, naming the file', (_, file, edit, message) => {
  const dir = copyProject();
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain(message);
  if (file.endsWith('session-facts.yaml')) expect(output).toMatch(/content\/session-facts\.yaml:\d+: cop8-2016 paragraph 2 does not say "[^"]*170 parties"/);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
}, 120_000);
