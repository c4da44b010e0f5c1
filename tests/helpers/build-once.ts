// Vitest globalSetup for the build and browser projects: builds the site once per test run
// (`npm run build`, pagefind included) unless this same run already did. Build tests then only read dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'dist/.built-by-test-run';

export default function setup(): void {
  const run = String(process.ppid) + ':' + String(process.pid);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return;
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(STAMP, run);
  console.log(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
