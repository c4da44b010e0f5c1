// An entity across every session of the edition: how many paragraphs of each report mention it
// ("not mentioned" where none), and where it is first and last mentioned.
import type { EntityMentions, ReportRef } from './entity-views';

export interface SessionPresence {
  report: ReportRef;
  paragraphs: number;
}

export interface Presence {
  sessions: SessionPresence[];
  first?: { report: ReportRef; paragraph: number } | undefined;
  last?: { report: ReportRef; paragraph: number } | undefined;
}

export function presence(mentions: EntityMentions, reports: readonly ReportRef[]): Presence {
  const counts = new Map(mentions.byReport.map((r) => [r.report.slug, r.items.length]));
  const first = mentions.byReport[0];
  const last = mentions.byReport.at(-1);
  return {
    sessions: reports.map((report) => ({ report, paragraphs: counts.get(report.slug) ?? 0 })),
    first: first && { report: first.report, paragraph: first.items[0]!.paragraph },
    last: last && { report: last.report, paragraph: last.items.at(-1)!.paragraph },
  };
}
