// Each report's record in BibTeX, RIS and CSL-JSON parses back (with citation-js) to the same
// title, issuer, date and URL.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import { readReportFiles } from '../../../src/data/read-report-files';
import { readSessions } from '../../../src/data/read-sessions';
import { formatCitation } from '../../../src/lib/citation-formats';
import { citationRecord, paragraphRecordTemplate } from '../../../src/lib/citation-record';
import { fillParagraphCitation } from '../../../src/lib/paragraph-citation';
import type { ReportData } from '../../../src/lib/report-view';

const root = new URL('../../../', import.meta.url).pathname;
const sessions = new Map(readSessions(root).map((s) => [s.slug, s]));
const records = readReportFiles(root).files.map((f) => {
  const data = f.frontMatter as ReportData;
  return citationRecord(f.id, data, sessions.get(data.session)!, `https://example.org/reports/${f.id}/`);
});

describe.each(records.map((r) => [r.id, r] as const))('%s', (_, record) => {
  test.each(['bib', 'ris', 'json'] as const)('%s parses back to the same title, issuer, date and URL', (format) => {
    const [back] = new Cite(formatCitation(record, format)).data as Record<string, any>[];
    expect(back!.title).toBe(record.title);
    expect(back!.URL).toBe(record.URL);
    // BibTeX reads an institution back as a family name: the same name either way.
    expect((back!.author ?? []).map((a: { literal?: string; family?: string }) => a.literal ?? a.family)).toEqual(record.author.map((a) => a.literal));
    expect(back!.issued['date-parts'][0][0]).toBe(record.issued['date-parts'][0][0]);
    if ('literal' in record.issued) return;
    // Month and day survive BibTeX and RIS alike.
    expect(back!.issued['date-parts'][0].slice(0, 3)).toEqual(record.issued['date-parts'][0]);
  });
});

describe.each(records.map((r) => [r.id, r] as const))('%s, one sub-paragraph', (_, record) => {
  test.each(['bib', 'ris', 'json'] as const)('%s: the template filled in parses back to the report, with the anchor and pinpoint', (format) => {
    const filled = fillParagraphCitation(formatCitation(paragraphRecordTemplate(record), format), 'para-12-b-iv');
    const [back] = new Cite(filled).data as Record<string, any>[];
    expect(back!.title).toBe(record.title);
    expect(back!.URL).toBe(`${record.URL}#para-12-b-iv`);
    expect(back!.note).toBe(`para. 12 (b) (iv).${record.note ? ` ${record.note}` : ''}`);
    expect(back!.issued['date-parts'][0][0]).toBe(record.issued['date-parts'][0][0]);
    expect(filled).not.toMatch(/XPARA/);
    if (format === 'bib') expect(filled.split('\n')[0]).toBe(`@techreport{${record.id.replace('-', '_')}_para_12_b_iv,`);
  });
});

test('a template is filled for paragraph anchors only', () => {
  expect(() => fillParagraphCitation('x', 'fn-3')).toThrow('"fn-3" is not a paragraph anchor');
});

test('the records say only what is established', () => {
  const byId = new Map(records.map((r) => [r.id, r]));
  expect(byId.get('ga74-2019')).toMatchObject({ number: 'A/74/127', author: [{ literal: 'United Nations Secretary-General' }], issued: { 'date-parts': [[2019, 6, 18]] } });
  expect(records.filter((r) => r.number).map((r) => r.id)).toEqual(['ga74-2019']);
  const cover = byId.get('cop8-2016')!;
  expect(cover.title).toBe('[Report to the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, eighth session]');
  expect(cover.author).toEqual([]);
  expect(cover.note).toContain('[2016] is supplied by this edition');
});
