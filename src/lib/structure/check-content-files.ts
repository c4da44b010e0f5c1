// Checks a whole content set, given as files in memory: every session file, every report
// (structure, front matter, session reference), with counts for the CLI and the build log.
// Pure; check-content.ts reads the files from disk.
import { type ContentError, sortContentErrors } from '../errors';
import { checkReportFrontMatter } from './check-front-matter';
import { inspectReport } from './check-report';
import { checkSessionFile } from './check-session-file';

export interface ContentFile {
  /** Path shown in messages, e.g. content/reports/cop8-2016.md. */
  path: string;
  bytes: Uint8Array | string;
}

export interface ContentFiles {
  reports: readonly ContentFile[];
  sessions: readonly ContentFile[];
}

export interface ContentCheckResult {
  errors: ContentError[];
  reports: number;
  sessions: number;
  paragraphs: number;
}

export function checkContentFiles({ reports, sessions }: ContentFiles): ContentCheckResult {
  const errors = sessions.flatMap((session) => checkSessionFile(session.path, session.bytes));
  const sessionSlugs = new Set(sessions.map((session) => session.path.split('/').pop()!.replace(/\.ya?ml$/, '')));
  let paragraphs = 0;
  for (const report of reports) {
    const inspected = inspectReport(report.path, report.bytes);
    paragraphs += inspected.paragraphs;
    if (inspected.frontMatter) {
      errors.push(...checkReportFrontMatter(report.path, inspected.frontMatter.yaml, sessionSlugs, {
        firstLine: inspected.frontMatter.line,
      }));
    }
    errors.push(...inspected.errors);
  }
  return { errors: sortContentErrors(errors), reports: reports.length, sessions: sessions.length, paragraphs };
}
