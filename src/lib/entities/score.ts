// Precision and recall of the entity matcher against a hand-made gold file, per entity type,
// with the false positives and misses listed so each can be reviewed.
import type { ParagraphMentions } from './mention-index';
import { mentionedIds } from './mention-index';

export interface GoldParagraph {
  report: string;
  paragraph: number;
  countries: string[];
  demonymOnly?: string[];
  programmes: string[];
  organizations: string[];
}

export interface TypeScore {
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  precision: number;
  recall: number;
}

const TYPES = [['countries', 'country'], ['programmes', 'programme'], ['organizations', 'organization']] as const;

export function scoreEntities(gold: readonly GoldParagraph[], index: readonly ParagraphMentions[]): Record<(typeof TYPES)[number][0], TypeScore> {
  const byKey = new Map(index.map((p) => [`${p.report}#${p.paragraph}`, p]));
  const out = {} as Record<(typeof TYPES)[number][0], TypeScore>;
  for (const [field, kind] of TYPES) {
    let truePositives = 0;
    const falsePositives: string[] = [];
    const misses: string[] = [];
    for (const g of gold) {
      const key = `${g.report}#${g.paragraph}`;
      const entry = byKey.get(key);
      const found = new Set(entry ? mentionedIds(entry, kind) : []);
      const expected = new Set(g[field]);
      for (const id of found) (expected.has(id) ? (truePositives += 1) : falsePositives.push(`${key} ${id}`));
      for (const id of expected) if (!found.has(id)) misses.push(`${key} ${id}`);
    }
    const precision = truePositives + falsePositives.length ? truePositives / (truePositives + falsePositives.length) : 1;
    const recall = truePositives + misses.length ? truePositives / (truePositives + misses.length) : 1;
    out[field] = { truePositives, falsePositives, misses, precision, recall };
  }
  return out;
}
