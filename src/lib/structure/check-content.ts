// Reads a project's content from disk (content/reports/*.md, content/sessions/*.yaml, sorted,
// as raw bytes, with the sources/ texts their front matter must agree with) and checks it with checkContentFiles. Paths in messages are relative to the
// root, with forward slashes. A missing folder is an empty collection, not an error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentError } from '../errors';
import type { EstablishedSymbol } from '../importer/index';
import { contentText } from '../text-file';
import { type ContentCheckResult, type ContentFile, type ContentFiles, checkContentFiles } from './check-content-files';
import { checkContentMetadata } from './check-content-metadata';

export function checkContent(rootDir: string): ContentCheckResult {
  return checkContentFiles(readContentFiles(rootDir));
}

/** Sessions and report front matter only: no Markdown parse. */
export function checkMetadata(rootDir: string): ContentError[] {
  return checkContentMetadata(readContentFiles(rootDir));
}

export function readContentFiles(rootDir: string): ContentFiles {
  const symbolsFile = join(rootDir, 'content/established-symbols.yaml');
  return {
    reports: readFolder(rootDir, 'content/reports', '.md'),
    sessions: readFolder(rootDir, 'content/sessions', '.yaml'),
    // A fixture project without sources/ is checked on its own (the site's sources/ is always there).
    sources: !existsSync(join(rootDir, 'sources')) ? undefined : readFolder(rootDir, 'sources', '.txt').map((file) => ({ name: file.path.slice('sources/'.length), text: contentText(file.bytes) })),
    establishedSymbols: existsSync(symbolsFile) ? (parse(contentText(readFileSync(symbolsFile))) as EstablishedSymbol[]) : [],
  };
}

function readFolder(rootDir: string, folder: string, extension: string): ContentFile[] {
  const dir = join(rootDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, bytes: readFileSync(join(dir, name)) }));
}
