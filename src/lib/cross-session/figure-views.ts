// What a figure page shows: one row per session in time order — the sessions of the edition with
// the value their report states (or "not stated" and what it says instead), and the sessions of
// the Conference this edition does not hold, as labelled gaps. Also the chart's points and marks.
import type { Figure, MissingSession } from '../../schemas/figure';
import type { SessionFact } from '../../schemas/session-fact';
import { paragraphUrl } from '../routes';
import type { ChartInput } from './figure-chart';

export interface SessionIn {
  slug: string;
  year: number;
  label: string;
}

export type FigureRow =
  | { kind: 'value'; year: number; label: string; session: string; fact: SessionFact; href: string }
  | { kind: 'not stated'; year: number; label: string; session: string; says?: string | undefined; quote?: string | undefined; href?: string | undefined }
  | { kind: 'not in this edition'; year: number; label: string; session: string; quote: string; href: string };

export function figureRows(figure: Figure, facts: readonly SessionFact[], sessions: readonly SessionIn[], missing: readonly MissingSession[]): FigureRow[] {
  const rows: FigureRow[] = sessions.map((session) => {
    const fact = facts.find((f) => f.series === figure.slug && f.session === session.slug);
    if (fact) return { kind: 'value', year: session.year, label: session.label, session: session.slug, fact, href: paragraphUrl(fact.report, fact.paragraph) };
    const note = figure.notStated.find((n) => n.session === session.slug);
    return { kind: 'not stated', year: session.year, label: session.label, session: session.slug, says: note?.says, quote: note?.quote, href: note ? paragraphUrl(note.report, note.paragraph) : undefined };
  });
  // Only the gaps within the span the series covers, so a chart from 2012 does not start in 2010.
  const years = rows.filter((r) => r.kind === 'value').map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  for (const m of missing) {
    if (m.year < first || m.year > last) continue;
    rows.push({ kind: 'not in this edition', year: m.year, label: `Conference of the Parties to UNTOC, session ${m.number}`, session: m.session, quote: m.quote, href: paragraphUrl(m.report, m.paragraph) });
  }
  return rows.sort((a, b) => a.year - b.year);
}

export function chartInput(figure: Figure, rows: readonly FigureRow[]): ChartInput {
  return {
    id: `chart-${figure.slug}`,
    title: figure.title,
    description: `${figure.description} Each point links to the paragraph that states it; the table below gives the same values with the reports' words.`,
    unit: figure.unit,
    points: rows.flatMap((r) => (r.kind === 'value' && r.fact.amount !== undefined ? [{ year: r.year, label: `${r.year} · ${r.label}`, amount: r.fact.amount, value: r.fact.value, href: r.href }] : [])),
    marks: rows.flatMap((r) => (r.kind === 'value' ? [] : [{ year: r.year, label: `${r.year} · ${r.label}`, note: r.kind, href: r.href }])),
  };
}
