// The curated figures against the real reports: every session fact, "not stated" note and
// missing session quotes its paragraph word for word, as the build checks it
// (src/lib/cross-session/check-quotes.ts, run by the report loader) — here on the reports'
// own models, so a wrong quote fails the unit tests as well as the build.
import { expect, test } from 'vitest';
import { loadCrossSessionData } from '../../../src/data/cross-session-data';
import { loadEntityData } from '../../../src/data/entity-data';
import { entityNames } from '../../../src/lib/entities/entity-names';
import { readReportFiles } from '../../../src/data/read-report-files';
import { checkQuotes } from '../../../src/lib/cross-session/check-quotes';
import { renderReport, reportProcessor } from '../../../src/lib/report-model/render-report';

const data = loadCrossSessionData();
const entityData = loadEntityData();
const { matcher } = entityData;
const names = entityNames(entityData);
const processor = reportProcessor({ matcher, entityNames: names });
const texts = new Map(readReportFiles(process.cwd()).files.map((f) => {
  const { model } = renderReport(f.path, f.bytes, processor, { matcher, entityNames: names });
  return [f.id, new Map(model.paragraphs.map((p) => [p.number, p.readingText]))] as const;
}));

test('the figure files read without errors', () => {
  expect(data.errors.map((e) => e.message)).toEqual([]);
});

test('every session has at least one fact', () => {
  expect(new Set(data.facts.data.map((f) => f.session))).toEqual(new Set(['cop6', 'cop8', 'ga74', 'cop10', 'cop12']));
});

test('every quote is in its paragraph, every amount in its quote, every series in two sessions or more', () => {
  expect(checkQuotes(data, texts).map((e) => e.message)).toEqual([]);
});

test('the value shown is in the quote: every number of the value appears in it', () => {
  for (const { id, value, quote } of data.facts.data) {
    for (const number of value.match(/\d+(?:,\d{3})*/g) ?? []) expect(quote, id).toContain(number);
  }
});
