// npm run score-entities: precision and recall of the entity matcher against
// tests/fixtures/entities-gold.json, per type, with every false positive and miss listed.
import { readFileSync } from 'node:fs';
import { checkProject } from '../src/data/check-project';
import { mentionIndex } from '../src/lib/entities/mention-index';
import { scoreEntities, type GoldParagraph } from '../src/lib/entities/score';

const gold = (JSON.parse(readFileSync('tests/fixtures/entities-gold.json', 'utf8')) as { paragraphs: GoldParagraph[] }).paragraphs;
const index = mentionIndex(checkProject(process.cwd()).models);
const scores = scoreEntities(gold, index);

console.log(`gold: ${gold.length} paragraphs`);
for (const [type, s] of Object.entries(scores)) {
  console.log(`${type.padEnd(14)} precision ${(s.precision * 100).toFixed(1)} %  recall ${(s.recall * 100).toFixed(1)} %  (${s.truePositives} found, ${s.falsePositives.length} wrong, ${s.misses.length} missed)`);
  for (const fp of s.falsePositives) console.log(`  wrong:  ${fp}`);
  for (const miss of s.misses) console.log(`  missed: ${miss}`);
}
