// One citation record per report, as CSL-JSON (the data model of reference managers), from the
// same facts as the text citation (src/lib/citation.ts): the issuer, the title as printed, body
// and session, the date of distribution, the report's own symbol only where established. What the
// source does not give stays out; a title the edition supplies is in square brackets, and the
// year of a report without a cover is given with a note that says it is supplied and why.
import { citeReport, suppliedNote } from './citation';
import { ANCHOR_TOKEN, bibtexKey, KEY_TOKEN, PINPOINT_TOKEN } from './paragraph-citation';
import { agendaReference, sessionName, type ReportData, type SessionData } from './report-view';

export interface CslRecord {
  id: string;
  /** The BibTeX key (citation-js would make one from author, year and title). */
  'citation-key'?: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'event-title': string;
  issued: { 'date-parts': [[number, number, number]] } | { 'date-parts': [[number]]; literal: string };
  number?: string;
  URL: string;
  language: 'en';
  note?: string;
}

const ISSUERS: Record<string, string> = {
  'Report of the Secretariat': 'United Nations Secretariat',
  'Report of the Secretary-General': 'United Nations Secretary-General',
};

/** The issuer a catalogue names as author, from the printed document type. */
export function issuer(report: ReportData): string | undefined {
  return report.documentType ? ISSUERS[report.documentType] : undefined;
}

export function citationRecord(slug: string, report: ReportData, session: SessionData, url: string): CslRecord {
  const body = report.body ?? session.body;
  const ofSession = sessionName(report, session);
  const author = issuer(report);
  const [y, m, d] = (report.distributionDate ?? '').split('-').map(Number);
  const item = agendaReference(report);
  const agenda = item ? `${item[0]!.toUpperCase()}${item.slice(1)}.` : undefined;
  const supplied = suppliedNote(citeReport(report, session).supplied);
  const note = [agenda, supplied].filter(Boolean).join(' ');
  return {
    id: slug,
    'citation-key': bibtexKey(slug),
    type: 'report',
    title: report.title ?? `[Report to the ${body}, ${ofSession}]`,
    author: author ? [{ literal: author }] : [],
    publisher: 'United Nations',
    'event-title': `${body}, ${ofSession}`,
    issued: report.distributionDate ? { 'date-parts': [[y!, m!, d!]] } : { 'date-parts': [[session.year]], literal: `[${session.year}]` },
    ...(report.symbol ? { number: report.symbol } : {}),
    URL: url,
    language: 'en',
    ...(note ? { note } : {}),
  };
}

/**
 * The report's record as the template of any of its paragraphs (fillParagraphCitation): the URL
 * and BibTeX key name the paragraph's anchor, the note starts with its pinpoint ("para. 12.").
 * The id stays the report's: RIS keeps 20 characters of it.
 */
export function paragraphRecordTemplate(record: CslRecord): CslRecord {
  return {
    ...record,
    'citation-key': `${record['citation-key'] ?? bibtexKey(record.id)}_${KEY_TOKEN}`,
    URL: `${record.URL}#${ANCHOR_TOKEN}`,
    note: [`${PINPOINT_TOKEN}.`, record.note].filter(Boolean).join(' '),
  };
}
