// Loads the collections once per build and hands pages plain data. Lives outside src/lib
// because it touches astro:content; src/lib stays testable without Astro.
import { getCollection } from 'astro:content';
import { reportSummaries, type ReportSummary } from '../lib/routes';
import type { SessionData } from '../lib/report-view';

let cache: Promise<{ reports: ReportSummary[]; sessions: SessionData[] }> | undefined;

export function loadSite() {
  cache ??= (async () => {
    const sessions = (await getCollection('sessions')).map((s) => s.data as SessionData);
    const reports = reportSummaries(await getCollection('reports'), sessions);
    return { reports, sessions };
  })();
  return cache;
}
