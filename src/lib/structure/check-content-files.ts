// Checks a whole content set, given as files in memory: every session file, every report
// (structure, front matter, session reference), with counts for the CLI and the build log.
// Pure; check-content.ts reads the files from disk.
import { type ContentError, sortContentErrors } from '../errors';
import type { EstablishedSymbol } from '../importer/index';
import type { SourceFile } from './check-cover-agreement';
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
  /** The project's sources/ texts; when given, each report's front matter must agree with its source. */
  sources?: readonly SourceFile[] | undefined;
  /** content/established-symbols.yaml. */
  establishedSymbols?: readonly EstablishedSymbol[] | undefined;
}

export interface ContentCheckResult {
  errors: ContentError[];
  reports: number;
  sessions: number;
  paragraphs: number;
}

export function checkContentFiles(files: ContentFiles): ContentCheckResult {
  const { reports, sessions } = files;
  const errors = checkContentMetadata(files);
  let paragraphs = 0;
  for (const report of reports) {
    const inspected = inspectReport(report.path, report.bytes);
    paragraphs += inspected.paragraphs;
    errors.push(...inspected.errors);
  }
  return { errors: sortContentErrors(errors), reports: reports.length, sessions: sessions.length, paragraphs };
}
