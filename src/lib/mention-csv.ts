// An entity's mention list as CSV (the same rows "Copy this list" copies), written by csv-stringify:
// one row per paragraph with its report, session year, paragraph number, address and excerpt.
import { stringify } from 'csv-stringify/sync';
import type { EntityMentions } from './entities/entity-views';
import { paragraphUrl } from './routes';

export const MENTION_CSV_COLUMNS = ['year', 'session', 'report', 'paragraph', 'label', 'url', 'excerpt'] as const;

export function mentionListCsv(mentions: EntityMentions, site: URL | undefined): string {
  const rows = mentions.byReport.flatMap(({ report, items }) => items.map((item) => ({
    year: report.year,
    session: report.session,
    report: report.slug,
    paragraph: item.paragraph,
    label: `${report.year} · para. ${item.paragraph}`,
    url: new URL(paragraphUrl(report.slug, item.paragraph), site ?? 'https://example.org').href,
    excerpt: `${item.excerpt.before}${item.excerpt.mark}${item.excerpt.after}`,
  })));
  return stringify(rows, { header: true, columns: [...MENTION_CSV_COLUMNS] });
}
