// The cross-session data for the pages, once per build: the themes, closing sections, figure
// series and missing sessions (src/data/cross-session-data.ts, checked by the report loader),
// with the reports in date order as the views need them.
import { loadCrossSessionData } from './cross-session-data';
import { loadSite } from './load-site';
import type { ReportIn } from '../lib/cross-session/theme-views';

export async function loadCrossSession() {
  const { reports, sessions, facts } = await loadSite();
  const data = loadCrossSessionData();
  const ordered: ReportIn[] = reports.map((r) => ({ slug: r.slug, label: r.label, year: r.year, model: r.model }));
  return {
    reports: ordered,
    summaries: reports,
    sessions,
    facts,
    themes: data.themes.map((t) => t.data).sort((a, b) => a.name.localeCompare(b.name)),
    conclusions: data.conclusions.data,
    figures: data.figures.map((f) => f.data),
    missingSessions: data.missingSessions.data,
  };
}
