// The matcher against the hand-made gold file (tests/fixtures/entities-gold.json): precision
// first. The floors are today's figures; `npm run score-entities` lists every miss.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkProject } from '../../../../src/data/check-project';
import { mentionIndex } from '../../../../src/lib/entities/mention-index';
import { scoreEntities, type GoldParagraph } from '../../../../src/lib/entities/score';

const gold = (JSON.parse(readFileSync('tests/fixtures/entities-gold.json', 'utf8')) as { paragraphs: GoldParagraph[] }).paragraphs;
const scores = scoreEntities(gold, mentionIndex(checkProject(process.cwd()).models));

test('the gold file covers at least 60 paragraphs of every report', () => {
  expect(gold.length).toBeGreaterThanOrEqual(60);
  for (const slug of ['cop6-2012', 'cop8-2016', 'ga74-2019', 'cop10-2020', 'cop12-2024']) {
    expect(gold.filter((g) => g.report === slug).length).toBeGreaterThanOrEqual(12);
  }
});

test.each(['countries', 'programmes', 'organizations'] as const)('%s: no wrong mention, and recall of at least 99 %%', (type) => {
  expect(scores[type].falsePositives).toEqual([]);
  expect(scores[type].recall).toBeGreaterThanOrEqual(0.99);
});

test('the scorer counts a wrong and a missed entity', () => {
  const index = [{ report: 'r', paragraph: 1, text: '', headingPath: [], mentions: [{ kind: 'country' as const, id: 'NER', start: 0, end: 5, text: 'Niger', demonym: false }] }];
  const score = scoreEntities([{ report: 'r', paragraph: 1, countries: ['NGA'], programmes: [], organizations: [] }], index);
  expect(score.countries.falsePositives).toEqual(['r#1 NER']);
  expect(score.countries.misses).toEqual(['r#1 NGA']);
  expect([score.countries.precision, score.countries.recall]).toEqual([0, 0]);
});
