// What a report page tells reference managers and search engines, from the same facts as its
// citation: Google Scholar / Zotero `citation_*` meta tags and schema.org JSON-LD (a Report, part
// of its session, about the Protocol). Only what is established: no date or number is guessed.
import { citationRecord, issuer } from './citation-record';
import type { ReportSummary } from './routes';
import { sessionUrl } from './routes';

export interface MetaTag { name: string; content: string }

const PROTOCOL = 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime';

export function citationMetaTags(report: ReportSummary, pageUrl: string): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: citationRecord(report.slug, report.data, report.session, pageUrl).title }];
  const author = issuer(report.data);
  if (author) tags.push({ name: 'citation_author', content: author });
  if (report.data.distributionDate) tags.push({ name: 'citation_publication_date', content: report.data.distributionDate.replaceAll('-', '/') });
  tags.push({ name: 'citation_technical_report_institution', content: 'United Nations' });
  if (report.data.symbol) tags.push({ name: 'citation_technical_report_number', content: report.data.symbol });
  tags.push({ name: 'citation_language', content: 'en' }, { name: 'citation_public_url', content: pageUrl }, { name: 'citation_fulltext_html_url', content: pageUrl });
  return tags;
}

export function reportJsonLd(report: ReportSummary, pageUrl: string, site: URL | undefined): Record<string, unknown> {
  const author = issuer(report.data);
  const session = report.session;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: citationRecord(report.slug, report.data, report.session, pageUrl).title,
    url: pageUrl,
    inLanguage: 'en',
    ...(author ? { author: { '@type': 'Organization', name: author } } : {}),
    ...(report.data.distributionDate ? { datePublished: report.data.distributionDate } : {}),
    ...(report.data.symbol ? { reportNumber: report.data.symbol } : {}),
    publisher: { '@type': 'Organization', name: 'United Nations' },
    isPartOf: {
      '@type': 'Event',
      name: `${report.data.body ?? session.body}, ${session.ordinal} session`,
      url: new URL(sessionUrl(session.slug), site ?? 'https://example.org').href,
      ...(session.startDate ? { startDate: session.startDate } : {}),
      ...(session.endDate ? { endDate: session.endDate } : {}),
      ...(session.city ? { location: { '@type': 'Place', name: session.city } } : {}),
    },
    about: { '@type': 'Legislation', name: PROTOCOL },
  };
}
