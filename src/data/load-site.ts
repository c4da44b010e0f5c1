// Loads the collections once per build and hands pages plain data. Lives outside src/lib
// because it touches astro:content; src/lib stays testable without Astro.
import { getCollection } from 'astro:content';
import type { SessionData } from '../lib/report-view';
import { reportSummaries, type ReportSummary } from '../lib/routes';
import type { SessionFact } from '../schemas/session-fact';

let cache: Promise<{ reports: ReportSummary[]; sessions: SessionData[]; facts: SessionFact[] }> | undefined;

export function loadSite() {
  cache ??= (async () => {
    const sessions = (await getCollection('sessions')).map((s) => s.data as SessionData);
    const reports = reportSummaries(await getCollection('reports'), sessions);
    const facts = (await getCollection('sessionFacts')).map((f) => f.data);
    return { reports, sessions, facts };
  })();
  return cache;
}
