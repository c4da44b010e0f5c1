// Writes the report Markdown described in docs/report-format.md: YAML front matter in a
// fixed key order, then headings, numbered paragraphs (`12\. …`, so Markdown keeps the number
// as text rather than making a list), sub-paragraphs and GFM footnote definitions.

import { writeParagraphLead, writeSubParagraphLead } from '../report-format';
import { Scalar, stringify } from 'yaml';
import type { BodyBlock, Footnote } from './body';

export const FRONT_MATTER_ORDER = [
  'title', 'documentType', 'body', 'session', 'sessionTitle', 'meeting', 'distribution',
  'distributionDate', 'originalLanguage', 'agendaItem', 'agendaList', 'agendaSymbol',
  'agendaItemTitle', 'symbol', 'summary', 'source',
] as const;

export type FrontMatter = Partial<Record<(typeof FRONT_MATTER_ORDER)[number], string>>;

export function frontMatterYaml(fields: FrontMatter): string {
  const ordered: Record<string, string | Scalar> = {};
  for (const key of FRONT_MATTER_ORDER) {
    const value = fields[key];
    if (value === undefined) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      // Quoted, so that no YAML reader turns an ISO date into a Date object.
      const scalar = new Scalar(value);
      scalar.type = Scalar.QUOTE_SINGLE;
      ordered[key] = scalar;
    } else ordered[key] = value;
  }
  // Dates stay strings: quote anything YAML could read as another type.
  return stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

/** Markdown that must not start a block with a character Markdown would read as syntax. */
function blockText(block: BodyBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return `${writeParagraphLead(block.number)}${block.text}`;
    case 'sub-paragraph':
      return `${writeSubParagraphLead(block.label)}${block.text}`;
  }
}

export function toMarkdown(fields: FrontMatter, blocks: readonly BodyBlock[], footnotes: readonly Footnote[]): string {
  const parts = [`---\n${frontMatterYaml(fields)}---`, ...blocks.map(blockText)];
  const notes = [...footnotes].sort((a, b) => Number(a.label) - Number(b.label));
  for (const note of notes) parts.push(`[^${note.label}]: ${note.text}`);
  return `${parts.join('\n\n')}\n`;
}
