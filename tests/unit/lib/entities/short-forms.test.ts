import { describe, expect, test } from 'vitest';
import type { EntityMatch } from '../../../../src/lib/entities/match-entities';
import { shortFormMentions, type ShortForm } from '../../../../src/lib/entities/short-forms';

const FULL = 'Working Group on Trafficking in Persons';
const WG: ShortForm = { text: 'Working Group', kind: 'programme', id: 'wg-tip' };
const SOM: ShortForm = { text: 'Working Group', kind: 'programme', id: 'wg-som' };
/** The full mentions a matcher would find: every occurrence of each full name. */
const full = (texts: string[], names: Record<string, string> = { [FULL]: 'wg-tip' }): EntityMatch[][] =>
  texts.map((text) => Object.entries(names).flatMap(([name, id]) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name, kind: 'programme' as const, id, demonym: false }))));
const short = (texts: string[], forms = [WG], names?: Record<string, string>) =>
  shortFormMentions(texts, full(texts, names), forms).map((list) => list.map((m) => `${m.id}@${m.start}`));

describe('a short form counts', () => {
  test('after the full name, in a later paragraph or later in the same one', () => {
    expect(short([`The ${FULL} met.`, 'UNODC supported the Working Group at its meeting.'])).toEqual([[], ['wg-tip@20']]);
    expect(short([`The ${FULL} met; the Working Group adopted it.`])).toEqual([['wg-tip@53']]);
  });
});

describe('a short form does not count', () => {
  test('before the report has named the entity in full (cop8 ¶7 shows the order matters)', () => {
    expect(short(['the Working Group met.', `The ${FULL} met.`])).toEqual([[], []]);
  });

  test('when the report never names it in full', () => {
    expect(short(['the Working Group met.'])).toEqual([[]]);
  });

  test('when another entity with the same short form is named in the report', () => {
    const names = { [FULL]: 'wg-tip', 'Working Group on the Smuggling of Migrants': 'wg-som' };
    expect(short([`The ${FULL} and the Working Group on the Smuggling of Migrants met.`, 'the Working Group met.'], [WG, SOM], names)).toEqual([[], []]);
  });

  test('as the start of a longer name (cop8 ¶25) or without "the"', () => {
    expect(short([`The ${FULL} met.`, 'the Global Migration Group Working Group on Migration, Human Rights and Gender', 'the Working Group Meeting', 'a Working Group was set up', 'the Working Groups'])).toEqual([[], [], [], [], []]);
  });

  test('inside the full name itself', () => {
    expect(short([`the ${FULL}`])).toEqual([[]]);
  });
});
