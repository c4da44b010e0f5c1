// The citations /about/ shows as examples: one paragraph of the latest report, a sub-paragraph
// of the report that has a symbol, and one of a report without a cover — when those reports exist.
import { citeReport, pinpoint, suppliedNote } from './citation';
import { paragraphUrl } from './routes';
import type { ReportSummary } from './routes';

const EXAMPLES: [slug: string, number: number, ...labels: string[]][] = [
  ['cop12-2024', 42],
  ['ga74-2019', 139, 'd', 'iv'],
  ['cop8-2016', 52],
];

export function aboutCitationExamples(reports: readonly ReportSummary[], site: URL | undefined) {
  return EXAMPLES.flatMap(([slug, number, ...labels]) => {
    const report = reports.find((r) => r.slug === slug);
    if (!report) return [];
    const url = new URL(paragraphUrl(slug, number, ...labels), site ?? 'https://example.org').href;
    const cited = citeReport(report.data, report.session, pinpoint(url.slice(url.indexOf('#') + 1)), url);
    return [{ text: cited.text, note: suppliedNote(cited.supplied) }];
  });
}
