import { describe, expect, test } from 'vitest';
import { addresseeBody, findReferences, resolveInDocument } from '../../../../src/lib/entities/references';

const refs = (text: string) => findReferences(text).map((r) => [r.label, r.href ?? null]);

describe('resolutions and their issuing body', () => {
  test.each([
    ['In its resolution 72/195, the General Assembly called upon Member States.', 'General Assembly resolution 72/195', 'https://undocs.org/A/RES/72/195'],
    ['General Assembly resolution 72/195 on coordination.', 'General Assembly resolution 72/195', 'https://undocs.org/A/RES/72/195'],
    ['In October 2018, the Security Council adopted resolution 2437 (2018) concerning smuggling.', 'Security Council resolution 2437 (2018)', 'https://undocs.org/S/RES/2437(2018)'],
    ['In its resolution 11/5, the Conference called upon UNODC.', 'Conference of the Parties resolution 11/5', null],
    ['resolution 33/1, adopted by the Commission at its thirty-third session.', 'Commission on Crime Prevention and Criminal Justice resolution 33/1', null],
    ['That draft resolution was adopted by the Council as its resolution 2015/23.', 'Economic and Social Council resolution 2015/23', 'https://undocs.org/E/RES/2015/23'],
  ])('%s', (text, label, href) => {
    expect(refs(text)).toEqual([[label, href]]);
  });

  test('"the Council" is the last council the paragraph named', () => {
    const text = 'Concern was expressed in the Human Rights Council. In its resolution 53/9 on trafficking in persons, the Council urged States.';
    expect(refs(text)).toEqual([['Human Rights Council resolution 53/9', 'https://undocs.org/A/HRC/RES/53/9']]);
  });

  test('"the Council" under a heading that names it', () => {
    const [ref] = findReferences('27. In its resolution 53/9 on trafficking in persons, the Council urged States.', { context: 'Human Rights Council' });
    expect(ref?.label).toBe('Human Rights Council resolution 53/9');
  });

  test('a list of Security Council resolutions gives one reference each', () => {
    expect(refs('Security Council resolutions 2331 (2016) and 2388 (2017), UNODC supported')).toEqual([
      ['Security Council resolution 2331 (2016)', 'https://undocs.org/S/RES/2331(2016)'],
      ['Security Council resolution 2388 (2017)', 'https://undocs.org/S/RES/2388(2017)'],
    ]);
    expect(findReferences('resolutions 2653 (2022), 2692 (2023) and 2700 (2023)')).toHaveLength(3);
  });

  test('Conference resolutions in a list share the body', () => {
    expect(refs('in accordance with Conference resolutions 8/2 and 9/1.')).toEqual([
      ['Conference of the Parties resolution 8/2', null],
      ['Conference of the Parties resolution 9/1', null],
    ]);
  });

  test('no body in the sentence: no body and no link', () => {
    const [ref] = findReferences('The previous resolution 70/179, entitled “Improving”, from 2015.');
    expect(ref?.body).toBeUndefined();
    expect(ref?.href).toBeUndefined();
    expect(ref?.label).toBe('resolution 70/179');
  });
});

describe('document symbols', () => {
  test.each([
    ['(CTOC/COP/WG.4/2023/2)', 'CTOC/COP/WG.4/2023/2', 'https://undocs.org/CTOC/COP/WG.4/2023/2'],
    ['report (A/CONF.234/11).', 'A/CONF.234/11', 'https://undocs.org/A/CONF.234/11'],
    ['the report of the Secretary-General (A/74/127), the Group', 'A/74/127', 'https://undocs.org/A/74/127'],
  ])('%s', (text, label, href) => {
    expect(refs(text)).toEqual([[label, href]]);
  });

  test('a Security Council presidential statement gets the S/ prefix only when the sentence names the Council', () => {
    expect(refs('the Security Council held a meeting, which resulted in presidential statement PRST/2015/25.')).toEqual([
      ['PRST/2015/25', 'https://undocs.org/S/PRST/2015/25'],
    ]);
    expect(refs('which resulted in statement PRST/2015/25.')).toEqual([['PRST/2015/25', null]]);
  });

  test('dates, fractions and URLs are not symbols', () => {
    expect(findReferences('On 24/7 hotlines, 2019–2020, and 50/50 shares.')).toEqual([]);
  });
});

describe('resolveInDocument: the report itself says whose resolution it is', () => {
  const resolve = (texts: string[], addressee?: Parameters<typeof resolveInDocument>[2]) =>
    resolveInDocument(texts.map((t) => findReferences(t)), texts, addressee).map((refs) => refs.map((r) => [r.label, r.href ?? null]));

  test('a number attributed to one body elsewhere in the report takes that body, wherever it appears', () => {
    expect(resolve([
      'It covers the period since the adoption of the previous resolution 70/179.',
      'As mandated by General Assembly resolution 70/179, the appraisal took place.',
    ])).toEqual([
      [['General Assembly resolution 70/179', 'https://undocs.org/A/RES/70/179']],
      [['General Assembly resolution 70/179', 'https://undocs.org/A/RES/70/179']],
    ]);
  });

  test('a number attributed to two bodies stays without a body', () => {
    expect(resolve([
      'In line with resolution 11/5, States were encouraged.',
      'The General Assembly, in resolution 11/5, decided.',
      'The Conference, in resolution 11/5, decided.',
    ])[0]).toEqual([['resolution 11/5', null]]);
  });

  test('"its resolution" in a report to a body is that body\'s; a bare number is not', () => {
    const texts = ['In its resolution 73/146, it invited States to act.', 'In line with resolution 72/1, donors were encouraged.'];
    expect(resolve(texts, 'General Assembly')).toEqual([
      [['General Assembly resolution 73/146', 'https://undocs.org/A/RES/73/146']],
      [['resolution 72/1', null]],
    ]);
    expect(resolve(texts)).toEqual([[['resolution 73/146', null]], [['resolution 72/1', null]]]);
  });

  test('the addressee is read from the front-matter body', () => {
    expect(addresseeBody('General Assembly')).toBe('General Assembly');
    expect(addresseeBody('Conference of the Parties to the United Nations Convention against Transnational Organized Crime')).toBe('Conference of the Parties');
    expect(addresseeBody('Some committee')).toBeUndefined();
    expect(addresseeBody(undefined)).toBeUndefined();
  });
});
