import { expect, test } from 'vitest';
import { checkQuotes, quoteStates, type QuoteFiles } from '../../../../src/lib/cross-session/check-quotes';

const lines = () => undefined;
const texts = new Map([
  ['cop8-2016', new Map([[2, 'The Trafficking in Persons Protocol has a total of 169 parties.'], [56, 'By May 2016, the case law database contained 1,311 cases.']])],
  ['cop6-2012', new Map([[2, 'the number of States parties has increased to 150, with Greece']])],
]);
const fact = (over: Record<string, unknown> = {}) => ({ id: 'cop8-parties', session: 'cop8', report: 'cop8-2016', paragraph: 2, quote: 'has a total of 169 parties', series: 'parties', amount: 169, ...over });
function files(facts: ReturnType<typeof fact>[], notStated: QuoteFiles['figures'][number]['data']['notStated'] = [], missing: QuoteFiles['missingSessions']['data'] = []): QuoteFiles {
  return {
    facts: { file: 'content/session-facts.yaml', data: facts, lineOf: lines },
    figures: [{ file: 'content/figures/parties.yaml', data: { slug: 'parties', notStated }, lineOf: lines }],
    missingSessions: { file: 'content/missing-sessions.yaml', data: missing, lineOf: lines },
  };
}
const two = [fact(), fact({ id: 'cop6-parties', session: 'cop6', report: 'cop6-2012', quote: 'has increased to 150', amount: 150 })];
const messages = (f: QuoteFiles) => checkQuotes(f, texts).map((e) => e.message);

test('quotes word for word, amounts written in them, a series over two sessions: no errors', () => {
  expect(messages(files(two, [], [{ report: 'cop8-2016', paragraph: 56, quote: 'By May 2016', year: 2016 }]))).toEqual([]);
});

test('each way a figure can be wrong is refused, naming the file', () => {
  expect(messages(files([
    fact({ quote: 'has a total of 170 parties' }),
    fact({ id: 'x', session: 'cop6', amount: 168 }),
    fact({ id: 'y', paragraph: 9 }),
    fact({ id: 'z', series: 'nothing' }),
    fact({ id: 'w', amount: undefined }),
  ], [{ session: 'cop8', report: 'cop8-2016', paragraph: 2, quote: 'parties' }], [{ report: 'cop8-2016', paragraph: 56, quote: 'By May', year: 2016 }]))).toEqual([
    'content/session-facts.yaml: cop8-2016 paragraph 2 does not say "has a total of 170 parties"',
    'content/session-facts.yaml: field "amount": fact "cop8-parties": the quote does not write 169',
    'content/session-facts.yaml: fact "x": the report cop8-2016 is not of the session cop6',
    'content/session-facts.yaml: field "amount": fact "x": the quote does not write 168',
    'content/session-facts.yaml: cop8-2016 has no paragraph 9',
    'content/session-facts.yaml: fact "y": the series "parties" has a value for cop8 already',
    'content/session-facts.yaml: field "series": no series "nothing" in content/figures/',
    'content/session-facts.yaml: fact "w": a value of a series needs both series and amount',
    'content/figures/parties.yaml: cop8 has a value in this series: it cannot be "not stated"',
    'content/missing-sessions.yaml: the quote does not give the year 2016',
  ]);
});

test('a series needs values from two sessions', () => {
  expect(messages(files([fact()]))).toEqual(['content/figures/parties.yaml: a series needs values from two sessions or more; 1 found in content/session-facts.yaml']);
});

test('an amount is written with thousands separators, plainly, or as a word; not as part of another number', () => {
  expect(quoteStates('contained 1,311 cases', 1311)).toBe(true);
  expect(quoteStates('Three States ratified', 3)).toBe(true);
  expect(quoteStates('in 2,169 places', 169)).toBe(false);
  expect(quoteStates('1,3110 cases', 1311)).toBe(false);
  expect(quoteStates('$2.3 million', 2.3)).toBe(true);
});
