// The feed's items, from the report summaries: newest first; a report without a date of
// distribution has no pubDate rather than a guessed one.
import type { RSSFeedItem } from '@astrojs/rss';
import { reportUrl, type ReportSummary } from './routes';

export function feedItems(reports: readonly ReportSummary[]): RSSFeedItem[] {
  return [...reports].reverse().map((r) => ({
    title: `${r.heading} (${r.label}, ${r.year})`,
    link: reportUrl(r.slug),
    description: `${r.data.documentType ?? 'Report'} to the ${r.label}${r.date ? `, ${r.date}` : ''}.`,
    ...(r.data.distributionDate ? { pubDate: new Date(`${r.data.distributionDate}T00:00:00Z`) } : {}),
  }));
}
