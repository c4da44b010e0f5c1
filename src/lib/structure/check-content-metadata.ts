// The cheap part of the content checks, with no Markdown parse: every session file, and each
// report's front matter (fields, session reference and, given the sources, agreement with them). The build runs it first, in-process, so
// that a bad field is reported with what was found before Astro's own schema check sees it.
import { type ContentError, sortContentErrors } from '../errors';
import type { ContentFiles } from './check-content-files';
import { establishedFields } from './check-cover-agreement';
import { checkReportFrontMatter } from './check-front-matter';
import { checkSessionFile } from './check-session-file';
import { splitFrontMatter } from './split-front-matter';
import { contentText } from '../text-file';

export function checkContentMetadata({ reports, sessions, sources, establishedSymbols = [] }: ContentFiles): ContentError[] {
  const established = sources ? establishedFields(sources, establishedSymbols) : undefined;
  const errors = sessions.flatMap((session) => checkSessionFile(session.path, session.bytes));
  const sessionSlugs = new Set(sessions.map((session) => session.path.split('/').pop()!.replace(/\.ya?ml$/, '')));
  for (const report of reports) {
    const text = contentText(report.bytes);
    const { frontMatter, frontMatterLine } = splitFrontMatter(text);
    if (frontMatter === undefined) continue; // inspectReport reports the missing block
    errors.push(...checkReportFrontMatter(report.path, frontMatter, sessionSlugs, { firstLine: frontMatterLine, established }));
  }
  return sortContentErrors(errors);
}
