// URL builders for the URL contract (do not change shipped URLs) and getStaticPaths helpers.
import { paraId } from './anchors';

export const reportUrl = (slug: string): string => `/reports/${slug}/`;
export const sessionUrl = (slug: string): string => `/sessions/${slug}/`;
export const paragraphUrl = (slug: string, number: number, ...labels: string[]): string =>
  `${reportUrl(slug)}#${paraId(number, ...labels)}`;
export const sourceUrl = (file: string): string => `/sources/${file}`;
export const markdownUrl = (slug: string): string => `/reports/${slug}.md`;
export const aknUrl = (slug: string): string => `/reports/${slug}.akn.xml`;

import type { ReportModel } from './report-model/model';
import { citeReport, suppliedNote } from './citation';
import {
  formatDate, metadataRows, reportHeading, sessionLabel, sortReportsByDate,
  type ReportData, type SessionData,
} from './report-view';

/** A report entry as the collection gives it: `session` is a reference. */
export interface ReportEntryIn {
  id: string;
  data: Omit<ReportData, 'session'> & { session: { id: string } };
  /** The paragraph model the report loader stored with the entry. */
  model: ReportModel;
}

export interface ReportSummary {
  slug: string;
  data: ReportData;
  session: SessionData;
  model: ReportModel;
  heading: string;
  label: string;
  year: string;
  date?: string | undefined;
}

/** Every report with its session, in date order. */
export function reportSummaries(reports: readonly ReportEntryIn[], sessions: readonly SessionData[]): ReportSummary[] {
  const bySlug = new Map(sessions.map((s) => [s.slug, s]));
  const flat = reports.map((r) => ({ id: r.id, data: { ...r.data, session: r.data.session.id } as ReportData, model: r.model }));
  return sortReportsByDate(flat, bySlug).map(({ id, data, model }) => {
    const session = bySlug.get(data.session);
    if (!session) throw new Error(`content/reports/${id}.md: session "${data.session}" has no content/sessions/${data.session}.yaml`);
    return {
      slug: id,
      data,
      session,
      model,
      heading: reportHeading(data, session),
      label: sessionLabel(session),
      year: data.distributionDate?.slice(0, 4) ?? String(session.year),
      date: data.distributionDate ? formatDate(data.distributionDate) : undefined,
    };
  });
}

/** The props of one report page, previous/next in date order included. */
export function reportPageProps(all: readonly ReportSummary[], index: number, site: URL | undefined) {
  const report = all[index]!;
  const pager = (r: ReportSummary | undefined) => (r ? { href: reportUrl(r.slug), label: r.label, year: r.year } : undefined);
  const pageUrl = new URL(reportUrl(report.slug), site ?? 'https://example.org').href;
  const cited = citeReport(report.data, report.session, '{para}', '{url}');
  return {
    heading: report.heading,
    kicker: `${report.label} · ${report.year}`,
    description: `${report.data.documentType ?? 'Report'} to the ${report.label} (${report.year}), paragraph by paragraph.`,
    rows: metadataRows(report.data, report.session, sessionUrl(report.session.slug)),
    summary: report.data.summary,
    citationTemplate: cited.text,
    citationNote: suppliedNote(cited.supplied),
    noCover: !report.data.title && !report.data.distributionDate,
    sourceHref: sourceUrl(report.data.source),
    markdownHref: markdownUrl(report.slug),
    aknHref: aknUrl(report.slug),
    previous: pager(all[index - 1]),
    next: pager(all[index + 1]),
    pageUrl,
    date: report.date,
  };
}

export const countryUrl = (iso3: string): string => `/countries/${iso3.toLowerCase()}/`;
export const programmeUrl = (slug: string): string => `/programmes/${slug}/`;
export const organizationUrl = (slug: string): string => `/organizations/${slug}/`;

/** The page of an entity of any kind. */
export function entityUrl(kind: 'country' | 'programme' | 'organization', id: string): string {
  return kind === 'country' ? countryUrl(id) : kind === 'programme' ? programmeUrl(id) : organizationUrl(id);
}
