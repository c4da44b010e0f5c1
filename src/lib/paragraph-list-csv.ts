// A list of paragraphs as CSV, the same columns wherever a list is offered: an entity's mentions
// (/countries/<iso3>/mentions.csv …, built) and search results (written in the browser when the
// reader asks). Written by csv-stringify; nothing else here, so the search page loads little.
// Its browser build (Node's own needs Buffer), which runs in Node as well.
import { stringify } from 'csv-stringify/browser/esm/sync';

export const PARAGRAPH_LIST_COLUMNS = ['year', 'session', 'report', 'paragraph', 'label', 'url', 'excerpt'] as const;

export type ParagraphListRow = Record<(typeof PARAGRAPH_LIST_COLUMNS)[number], string | number>;

export function paragraphListCsv(rows: readonly ParagraphListRow[]): string {
  return stringify(rows as ParagraphListRow[], { header: true, columns: [...PARAGRAPH_LIST_COLUMNS] });
}

/** The label a list gives a paragraph: "2016 · para. 51". */
export const paragraphListLabel = (year: string | number, paragraph: string | number): string => `${year} · para. ${paragraph}`;
