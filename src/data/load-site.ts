// Loads the collections once per build and hands pages plain data. Lives outside src/lib
// because it touches astro:content; src/lib stays testable without Astro.
import { getCollection } from 'astro:content';
import { storedModel } from '../loaders/report-loader';
import type { SessionData } from '../lib/report-view';
import { reportSummaries, type ReportSummary } from '../lib/routes';
import type { SessionFact } from '../schemas/session-fact';

let cache: Promise<{ reports: ReportSummary[]; sessions: SessionData[]; facts: SessionFact[] }> | undefined;

export function loadSite() {
  cache ??= (async () => {
    const sessions = (await getCollection('sessions')).map((s) => s.data as SessionData);
    const entries = (await getCollection('reports')).map((e) => ({ ...e, model: storedModel(e) }));
    const reports = reportSummaries(entries, sessions);
    // In the order the report states them (the collection's own order is by id).
    const facts = (await getCollection('sessionFacts')).map((f) => f.data).sort((a, b) => a.paragraph - b.paragraph);
    return { reports, sessions, facts };
  })();
  return cache;
}
