// A report's citation record in the formats reference managers import, written by citation-js.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslRecord } from './citation-record';

export const CITATION_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** The files under /reports/<slug>/: the report's record, and its template for one paragraph (paragraph-citation.ts). */
export const CITATION_FILES: Record<string, { format: CitationFormat; paragraph: boolean }> = Object.fromEntries(
  (Object.keys(CITATION_FORMATS) as CitationFormat[]).flatMap((format) => [
    [`cite.${format}`, { format, paragraph: false }],
    [`cite-paragraph.${format}`, { format, paragraph: true }],
  ]),
);

export function formatCitation(record: CslRecord, format: CitationFormat): string {
  if (format === 'json') return `${JSON.stringify([record], null, 2)}\n`;
  const cite = new Cite([record]);
  return format === 'bib' ? cite.format('bibtex') : unwrapRis(cite.format('ris'));
}

/**
 * citation-js cuts RIS lines at 70 characters, mid-word, and reads a continuation line back with a
 * space ("Suppress an d Punish"); RIS allows 255 characters a line, so each field is kept on one.
 */
function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9]  - /.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}
