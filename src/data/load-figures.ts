// The figure series with their rows, once per build (src/lib/cross-session/figure-views.ts).
import { loadCrossSession } from './load-cross-session';
import { figureRows } from '../lib/cross-session/figure-views';
import { sessionLabel, sessionsByDate } from '../lib/report-view';

export async function loadFigures() {
  const { figures, facts, sessions, missingSessions } = await loadCrossSession();
  const ordered = sessionsByDate(sessions).map((s) => ({ slug: s.slug, year: s.year, label: sessionLabel(s) }));
  const series = figures
    .map((figure) => ({ ...figure, rows: figureRows(figure, facts, ordered, missingSessions) }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return { sessions: ordered, series };
}
