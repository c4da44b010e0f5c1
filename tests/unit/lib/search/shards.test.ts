import { expect, test } from 'vitest';
import { decodeShardSet, encodeShardSet, partitionRecords, shardInfo, shardPath, shardPlan } from '../../../../src/lib/search/shards';
import type { SearchRecord } from '../../../../src/lib/search-records';

const paragraph = (report: string, date: string, n: number, session: string, year: string, body = 'cop'): SearchRecord => ({
  url: `/reports/${report}/#para-${n}`, content: 'text', hidden: [], language: 'en',
  meta: { report, paragraph: String(n) },
  filters: { type: ['paragraph'], session: [session], year: [year], body: [body] },
  sort: { date: `${date}-${String(n).padStart(4, '0')}` },
});
const report = (slug: string, date: string, count: number, session: string, year: string, body?: string) =>
  Array.from({ length: count }, (_, i) => paragraph(slug, date, i + 1, session, year, body));
const entity: SearchRecord = { url: '/countries/nga/', content: 'Nigeria', hidden: [], language: 'en', meta: {}, filters: { type: ['country'], entity: ['country'], country: ['nga'] }, sort: { date: '0000' } };

test('whole reports, numbered newest first, filled from the oldest, a new shard when the next report would pass the limit; entities in the first', () => {
  const records = [...report('cop6-2012', '2012-10-15', 3, 'cop6', '2012'), entity, ...report('cop12-2024', '2024-10-14', 4, 'cop12', '2024'), ...report('ga74-2019', '2019-09-01', 2, 'ga74', '2019', 'ga')];
  const shards = partitionRecords(records, 6);
  expect(shards.map((s) => [...new Set(s.map((r) => r.meta['report'] ?? 'entity'))])).toEqual([['cop12-2024', 'entity'], ['ga74-2019', 'cop6-2012']]);
  expect(shardInfo(shards[0]!, 0)).toEqual({ path: '', sessions: ['cop12'], years: ['2024'], bodies: ['cop'], paragraphs: 4, entities: 1 });
  expect(shardInfo(shards[1]!, 1).path).toBe('s1/');
  // A report larger than the limit is one shard of its own, never split.
  expect(partitionRecords(records, 2).map((s) => s.filter((r) => r.meta['report']).length)).toEqual([4, 2, 3]);
  // Everything in one shard when it fits.
  expect(partitionRecords(records).length).toBe(1);
  expect(shardPath(0)).toBe('');
});

test('a report newer than all others changes the newest shard only: the others keep their records, so their kept index is reused', () => {
  const years = Array.from({ length: 12 }, (_, i) => 2000 + i);
  const corpus = years.flatMap((y) => report(`r-${y}`, `${y}-05-01`, 4, `s${y}`, String(y)));
  const before = partitionRecords(corpus, 10);
  const urls = (shard: SearchRecord[]) => shard.map((r) => r.url).join(' ');
  // Too large for the newest shard: a new shard 0, the others the same lists of records, one place on.
  const added = partitionRecords([...corpus, ...report('r-2030', '2030-05-01', 4, 's2030', '2030')], 10);
  expect(added.slice(1).map(urls)).toEqual(before.map(urls));
  expect(added[0]!.map((r) => r.meta['report'])).toEqual(['r-2030', 'r-2030', 'r-2030', 'r-2030']);
  // Small enough: it joins the newest shard, and the others stay where they were.
  const joined = partitionRecords([...corpus, ...report('r-2030', '2030-05-01', 2, 's2030', '2030')], 10);
  expect(joined.slice(1).map(urls)).toEqual(before.slice(1).map(urls));
  expect(joined[0]!.length).toBe(before[0]!.length + 2);
});

test('shard sets as ranges, and back', () => {
  expect(encodeShardSet([5, 0, 1, 2, 2])).toBe('0-2,5');
  expect(encodeShardSet([])).toBe('');
  expect(decodeShardSet('0-2,5')).toEqual([0, 1, 2, 5]);
  expect(decodeShardSet('')).toEqual([]);
  expect(() => decodeShardSet('3-1')).toThrow(/not a shard set/);
});

test('the plan: shards that meet the session, year and body filters and hold every word, newest first', () => {
  const manifest = { shards: [
    { path: '', sessions: ['cop12', 'ga74'], years: ['2019', '2024'], bodies: ['cop', 'ga'], paragraphs: 6, entities: 1 },
    { path: 's1/', sessions: ['cop10'], years: ['2020'], bodies: ['cop'], paragraphs: 5, entities: 0 },
    { path: 's2/', sessions: ['cop6'], years: ['2012'], bodies: ['cop'], paragraphs: 3, entities: 0 },
  ] };
  expect(shardPlan(manifest, {}, [])).toEqual([0, 1, 2]);
  expect(shardPlan(manifest, {}, [], true)).toEqual([2, 1, 0]);
  expect(shardPlan(manifest, { session: ['cop6', 'ga74'] }, [])).toEqual([0, 2]);
  expect(shardPlan(manifest, { year: ['2020'], body: ['cop'] }, [])).toEqual([1]);
  expect(shardPlan(manifest, { body: ['ga'] }, [])).toEqual([0]);
  expect(shardPlan(manifest, {}, [[0, 2], undefined, [2]])).toEqual([2]);
  expect(shardPlan(manifest, { session: ['cop10'] }, [[0, 2]])).toEqual([]);
});
