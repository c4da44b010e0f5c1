// An entity's mention list as CSV (the same rows "Copy this list" copies): one row per paragraph
// with its report, session year, paragraph number, address and excerpt.
import type { EntityMentions } from './entities/entity-views';
import { paragraphListCsv, paragraphListLabel } from './paragraph-list-csv';
import { paragraphUrl } from './routes';

export function mentionListCsv(mentions: EntityMentions, site: URL | undefined): string {
  return paragraphListCsv(mentions.byReport.flatMap(({ report, items }) => items.map((item) => ({
    year: report.year,
    session: report.session,
    report: report.slug,
    paragraph: item.paragraph,
    label: paragraphListLabel(report.year, item.paragraph),
    url: new URL(paragraphUrl(report.slug, item.paragraph), site ?? 'https://example.org').href,
    excerpt: `${item.excerpt.before}${item.excerpt.mark}${item.excerpt.after}`,
  }))));
}
