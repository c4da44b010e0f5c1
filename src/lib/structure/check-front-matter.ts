// Validates a report's front-matter YAML: parses it as Astro does, checks the fields with the
// plain-zod report schema (src/schemas/report.ts), and checks that `session` names a known
// session. Errors name the file, the field and its line.
import { ContentError } from '../errors';
import { reportFrontMatterSchema } from '../../schemas/report';
import { checkCoverAgreement, type EstablishedFields } from './check-cover-agreement';
import { checkLinks } from './check-links';
import { describeValue } from './describe-value';
import { parseMarkdown } from './parse-markdown';
import { parseYaml } from './parse-yaml';
import { zodIssuesToErrors } from './zod-issues';

export interface Options {
  /** File line of the first YAML line. Default 2 (right after the opening `---`). */
  firstLine?: number;
  /** What each source establishes; when given, the front matter must agree with it. */
  established?: EstablishedFields | undefined;
}

export function checkReportFrontMatter(
  file: string,
  yaml: string,
  sessions: ReadonlySet<string>,
  { firstLine = 2, established }: Options = {},
): ContentError[] {
  const parsed = parseYaml(file, yaml, { firstLine });
  if (parsed.errors.length) return parsed.errors;
  const { data } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [new ContentError({ file, line: firstLine, expected: 'front matter as a YAML mapping of fields', found: describeValue(data) })];
  }
  const result = reportFrontMatterSchema.safeParse(data);
  if (!result.success) return zodIssuesToErrors(file, result.error.issues, data, parsed.lineOf);
  if (!sessions.has(result.data.session)) {
    return [
      new ContentError({
        file,
        line: parsed.lineOf('session'),
        field: 'session',
        expected: `the slug of a session file (${[...sessions].sort().join(', ') || 'there are none'})`,
        found: describeValue(result.data.session),
      }),
    ];
  }
  const errors = established ? checkCoverAgreement(file, data as Record<string, unknown>, parsed.lineOf, established) : [];
  // The Summary is Markdown shown on the page: its links obey the body's rules.
  const { summary } = result.data;
  if (summary === undefined) return errors;
  const line = parsed.lineOf('summary');
  return [...errors, ...checkLinks(file, parseMarkdown(summary)).map((error) => new ContentError({ file, line, field: 'summary', problem: error.problem }))];
}
