// npm run check-content [-- <root>] — the build's content checks, without a build.
// Prints each error on its own line (stderr) and exits 1, or prints the counts and exits 0.
import { checkProject } from '../src/data/check-project';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const result = checkProject(root);
const ms = Math.round(performance.now() - started);

if (result.errors.length > 0) {
  for (const error of result.errors) console.error(error.message);
  console.error(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${result.reports} reports and ${result.sessions} sessions`);
  process.exit(1);
}
console.log(`${result.reports} reports, ${result.sessions} sessions, ${result.paragraphs} paragraphs: no errors (${ms} ms)`);
