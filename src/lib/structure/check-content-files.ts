// Checks a whole content set, given as files in memory: every session file, every report
// (structure, front matter, session reference), with counts for the CLI and the build log.
// Pure; check-content.ts reads the files from disk.
import { type ContentError, sortContentErrors } from '../errors';
import { checkContentMetadata } from './check-content-metadata';
import { inspectReport } from './check-report';

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
  const errors = checkContentMetadata({ reports, sessions });
  let paragraphs = 0;
  for (const report of reports) {
    const inspected = inspectReport(report.path, report.bytes);
    paragraphs += inspected.paragraphs;
    errors.push(...inspected.errors);
  }
  return { errors: sortContentErrors(errors), reports: reports.length, sessions: sessions.length, paragraphs };
}
