// Loads the collections once per build and hands pages plain data. Lives outside src/lib
// because it touches astro:content; src/lib stays testable without Astro.
import { getCollection } from 'astro:content';
import { storedModel } from '../loaders/report-loader';
import { citationTemplates } from '../lib/citation';
import type { SessionData } from '../lib/report-view';
import { reportSummaries, type ReportSummary } from '../lib/routes';
import type { SessionFact } from '../schemas/session-fact';

let cache: Promise<{ reports: ReportSummary[]; sessions: SessionData[]; facts: SessionFact[]; citations: Record<string, string> }> | undefined;

export function loadSite() {
  cache ??= (async () => {
    const sessions = (await getCollection('sessions')).map((s) => s.data as SessionData);
    const entries = (await getCollection('reports')).map((e) => ({ ...e, model: storedModel(e) }));
    const reports = reportSummaries(entries, sessions);
    // In the order the report states them (the collection's own order is by id).
    const facts = (await getCollection('sessionFacts')).map((f) => f.data).sort((a, b) => a.paragraph - b.paragraph);
    // Each report's citation template, once per build: every entity page lists paragraphs of all of them.
    return { reports, sessions, facts, citations: citationTemplates(reports) };
  })();
  return cache;
}
