// The citation of a report, or of one of its paragraphs: one function for every place that cites
// (the Cite panel of a report page, /about/, the export formats). It says only what the document
// establishes: its own symbol where known (never the agenda's symbol in its place), the agenda
// labelled as the agenda, and anything this edition supplies (the year of a report without a
// cover) in square brackets, with the basis stated in `supplied`.
import { parseParaId } from './anchors';
import type { ReportData, SessionData } from './report-view';
import { agendaReference, formatDate, sessionName } from './report-view';

export interface SuppliedPart {
  /** As it appears in the citation: `[2016]`. */
  text: string;
  /** Why the edition supplies it and from what. */
  basis: string;
}

export interface Citation {
  text: string;
  supplied: SuppliedPart[];
}

/** "para. 139 (d) (iv)" for `para-139-d-iv`; undefined for anything that is not a paragraph anchor. */
export function pinpoint(anchorId: string): string | undefined {
  const anchor = parseParaId(anchorId);
  return anchor ? `para. ${anchor.number}${anchor.labels.map((label) => ` (${label})`).join('')}` : undefined;
}

/**
 * `Report of the Secretariat to the Conference of the Parties to …, twelfth session, “Activities …”,
 * item 2 (b) of the provisional agenda (CTOC/COP/2024/1), 23 July 2024, para. 42. <url>`
 * Without `where` it cites the whole report; without `url` it ends at the pinpoint.
 */
export function citeReport(report: ReportData, session: SessionData, where?: string, url?: string): Citation {
  const supplied: SuppliedPart[] = [];
  const body = report.body ?? session.body;
  let date: string;
  if (report.distributionDate) {
    date = formatDate(report.distributionDate);
  } else {
    date = `[${session.year}]`;
    supplied.push({
      text: date,
      basis: `the source gives no date of distribution; ${session.year} is the year of the ${session.ordinal} session${session.startDate ? ` (public record: it met from ${formatDate(session.startDate)})` : ''}`,
    });
  }
  const parts = [
    `${report.documentType ?? 'Report'} to the ${body}, ${sessionName(report, session)}`,
    report.title ? `“${report.title}”` : undefined,
    report.symbol,
    agendaReference(report),
    date,
    where,
  ].filter((part): part is string => Boolean(part));
  return { text: `${parts.join(', ')}.${url ? ` ${url}` : ''}`, supplied };
}

/** "In citations, [2016] is supplied by this edition: …": what the page says beside a citation. */
export function suppliedNote(supplied: readonly SuppliedPart[]): string | undefined {
  if (supplied.length === 0) return undefined;
  return `In citations, ${supplied.map((part) => `${part.text} is supplied by this edition: ${part.basis}`).join('; ')}.`;
}

/** Each report's citation with `{para}` and `{url}` left to fill in, for pages that list paragraphs. */
export function citationTemplates(reports: readonly { slug: string; data: ReportData; session: SessionData }[]): Record<string, string> {
  return Object.fromEntries(reports.map((r) => [r.slug, citeReport(r.data, r.session, '{para}', '{url}').text]));
}
