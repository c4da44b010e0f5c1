// The search index in shards, so that a first search loads a part of the corpus, not all of it:
// Pagefind's metadata file lists every record, and every search loads it first (386 KB at 43,000
// records). The reports go into shards of at most so many paragraphs, numbered newest first, whole
// reports only, filled from the oldest so that a new report changes one shard; the entity pages go
// into the first. At 5 reports there is one shard and the search is
// Pagefind's own; with several, the page searches the newest shard first and the rest after, so
// results come newest reports first, by relevance within a shard. Which shards can hold a result
// is known before any is loaded: the manifest gives each shard's sessions, years and bodies, and
// the vocabulary each word's shards. Pure.
import type { SearchRecord } from '../search-records';

export interface ShardInfo {
  /** Folder under /pagefind/: "" for the first (Pagefind's own layout), "s1/"… for the rest. */
  path: string;
  sessions: string[];
  years: string[];
  bodies: string[];
  paragraphs: number;
  entities: number;
}

export interface ShardManifest {
  shards: ShardInfo[];
}

/** Paragraphs per shard, by default: a shard's metadata and word index then fit a first search of ≤ 150 KB. */
export const SHARD_PARAGRAPHS = 1000;

export const shardPath = (index: number): string => (index === 0 ? '' : `s${index}/`);

/** Entity pages carry the `entity` filter; paragraphs do not. */
export const isEntity = (record: SearchRecord): boolean => 'entity' in record.filters;

/**
 * Records → shards: whole reports, numbered newest first (date, then slug), the entity pages with
 * the first. The shards are filled from the oldest report on, a new one when the next report would
 * take this one past maxParagraphs, so that a report newer than all others (the usual new report)
 * changes the newest shard only, and the kept shards of the others are reused as they are; the
 * newest shard is the one that may be part-full.
 */
export function partitionRecords(records: readonly SearchRecord[], maxParagraphs = SHARD_PARAGRAPHS): SearchRecord[][] {
  const byReport = new Map<string, SearchRecord[]>();
  const entities: SearchRecord[] = [];
  for (const record of records) {
    if (isEntity(record)) {
      entities.push(record);
      continue;
    }
    const report = record.meta['report'];
    if (!report) throw new Error(`search shards: paragraph record ${record.url} names no report`);
    if (!byReport.has(report)) byReport.set(report, []);
    byReport.get(report)!.push(record);
  }
  // A paragraph's date sort value is "<report date>-<paragraph>": the report's date is its prefix.
  const dateOf = (rs: SearchRecord[]) => (rs[0]!.sort['date'] ?? '').replace(/-\d{4}$/, '');
  const oldestFirst = [...byReport].sort(([a, ra], [b, rb]) => dateOf(ra).localeCompare(dateOf(rb)) || b.localeCompare(a));
  const groups: SearchRecord[][][] = [[]];
  let size = 0;
  for (const [, paragraphs] of oldestFirst) {
    if (size > 0 && size + paragraphs.length > maxParagraphs) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(paragraphs);
    size += paragraphs.length;
  }
  const shards = groups.reverse().map((group) => group.reverse().flat());
  shards[0]!.push(...entities);
  return shards;
}

const distinct = (values: Iterable<string>) => [...new Set(values)].sort();

export function shardInfo(records: readonly SearchRecord[], index: number): ShardInfo {
  const paragraphs = records.filter((r) => !isEntity(r));
  return {
    path: shardPath(index),
    sessions: distinct(paragraphs.flatMap((r) => r.filters['session'] ?? [])),
    years: distinct(paragraphs.flatMap((r) => r.filters['year'] ?? [])),
    bodies: distinct(paragraphs.flatMap((r) => r.filters['body'] ?? [])),
    paragraphs: paragraphs.length,
    entities: records.length - paragraphs.length,
  };
}

/** Shard numbers as ranges: [0, 1, 2, 5] → "0-2,5". */
export function encodeShardSet(shards: Iterable<number>): string {
  const sorted = [...new Set(shards)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j;
  }
  return parts.join(',');
}

export function decodeShardSet(text: string): number[] {
  if (!text) return [];
  return text.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from) throw new RangeError(`not a shard set: ${text}`);
    return Array.from({ length: to! - from + 1 }, (_, k) => from + k);
  });
}

export interface ShardChoice {
  session?: readonly string[];
  year?: readonly string[];
  body?: readonly string[];
}

/**
 * The shards a search has to look in, in the order their results are shown: those whose sessions,
 * years and bodies meet the chosen filters, and, for each query word, that hold it (undefined:
 * a word that cannot narrow the search, such as a number); newest first, or oldest first when the
 * results are sorted oldest first.
 */
export function shardPlan(manifest: ShardManifest, chosen: ShardChoice, wordShards: readonly (readonly number[] | undefined)[], oldestFirst = false): number[] {
  const meets = (values: readonly string[], wanted?: readonly string[]) => !wanted?.length || wanted.some((v) => values.includes(v));
  const plan = manifest.shards.flatMap((shard, i) => {
    const paragraphsMet = meets(shard.sessions, chosen.session) && meets(shard.years, chosen.year) && meets(shard.bodies, chosen.body);
    const words = wordShards.every((set) => !set || set.includes(i));
    return paragraphsMet && words ? [i] : [];
  });
  return oldestFirst ? plan.reverse() : plan;
}
