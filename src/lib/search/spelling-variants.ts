// British and American spellings of the same word (centred/centered, labour/labor,
// organisation/organization), from the word lists of the american-british-english-translator
// package (1,738 pairs). Used at build time only: each paragraph is indexed under the other
// spelling of its words too (src/lib/search/variant-tail.ts), so either spelling finds it.
import british from 'american-british-english-translator/data/british_spellings.json' with { type: 'json' };

const toAmerican = new Map(Object.entries(british as Record<string, string>));
const toBritish = new Map([...toAmerican].map(([gb, us]) => [us, gb]));

/** The other spelling of a normalized word, if it has one: `centred` → `centered`, `labor` → `labour`. */
export function otherSpelling(word: string): string | undefined {
  return toAmerican.get(word) ?? toBritish.get(word);
}
