import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildGazetteer, NOT_COUNTRY_MENTIONS } from '../../../../src/lib/entities/gazetteer';
import { createMatcher, type EntitySurface } from '../../../../src/lib/entities/match-entities';
import { unCountryNameSchema } from '../../../../src/schemas/un-country-name';

const unNames = (parse(readFileSync('content/countries/un-names.yaml', 'utf8')) as unknown[]).map((e) => unCountryNameSchema.parse(e));
const gazetteer = buildGazetteer(countries as never, unNames);
const surfaces: EntitySurface[] = [
  ...gazetteer.surfaces.map((s) => ({ ...s, kind: 'country' as const })),
  ...NOT_COUNTRY_MENTIONS.map((text) => ({ text, kind: 'none' as const, id: '' })),
  { text: 'UN.GIFT', kind: 'programme', id: 'un-gift' },
  { text: 'UN.GIFT.HUB', kind: 'programme', id: 'un-gift-hub' },
  { text: 'Council of Europe', kind: 'organization', id: 'council-of-europe' },
];
const matcher = createMatcher(surfaces);
const found = (text: string) => matcher.match(text).map((m) => `${m.kind === 'country' ? m.id : m.id}${m.demonym ? '(demonym)' : ''}:${m.text}`);

describe('countries as UN documents name them', () => {
  test.each([
    ['Viet Nam', 'VNM'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['the Plurinational State of Bolivia', 'BOL'],
    ['Republic of Moldova', 'MDA'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['State of Palestine', 'PSE'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ["Côte d'Ivoire", 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['North Macedonia', 'MKD'],
    ['Curaçao', 'CUW'],
    ['Aruba', 'ABW'],
    ['Cabo Verde', 'CPV'],
    ['Cape Verde', 'CPV'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Micronesia (Federated States of)', 'FSM'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Brunei Darussalam', 'BRN'],
    ['United Republic of Tanzania', 'TZA'],
    ['Russian Federation', 'RUS'],
    ['Republic of Korea', 'KOR'],
    ['United States of America', 'USA'],
  ])('"%s" is %s', (name, iso3) => {
    const matches = matcher.match(`In ${name}, officials met.`);
    expect(matches.map((m) => [m.id, m.text])).toEqual([[iso3, name.replace(/^the /, '')]]);
  });

  test.each([
    ['the Sudan', 'SDN'],
    ['the Niger', 'NER'],
    ['the Gambia', 'GMB'],
    ['the Philippines', 'PHL'],
    ['the Comoros', 'COM'],
    ['the Congo', 'COG'],
  ])('"%s" with the article is %s', (name, iso3) => {
    expect(matcher.match(`UNODC in ${name} and`).map((m) => m.id)).toEqual([iso3]);
  });
});

describe('the longest match wins and never leaks', () => {
  test.each([
    ['South Sudan', ['SSD:South Sudan']],
    ['Nigeria', ['NGA:Nigeria']],
    ['Papua New Guinea', ['PNG:Papua New Guinea']],
    ['Guinea-Bissau', ['GNB:Guinea-Bissau']],
    ['Equatorial Guinea', ['GNQ:Equatorial Guinea']],
    ['Democratic Republic of the Congo', ['COD:Democratic Republic of the Congo']],
    ['Dominican Republic', ['DOM:Dominican Republic']],
    ['Dominica', ['DMA:Dominica']],
    ['United Kingdom of Great Britain and Northern Ireland', ['GBR:United Kingdom of Great Britain and Northern Ireland']],
    ['Northern Ireland', []],
    ['Central African Republic', ['CAF:Central African Republic']],
    ['Guinea', ['GIN:Guinea']],
    ['Niger', ['NER:Niger']],
    ['Sudan', ['SDN:Sudan']],
  ])('"%s"', (text, expected) => {
    expect(found(`Work in ${text} continued.`)).toEqual(expected);
  });

  test('Nigeria and the Niger side by side are two countries', () => {
    expect(found('Mali, Nigeria and the Niger')).toEqual(['MLI:Mali', 'NGA:Nigeria', 'NER:Niger']);
  });

  test('Oman is not found inside woman or Romania; Mali not inside Somalia', () => {
    expect(found('a woman from Romania and Somalia')).toEqual(['ROU:Romania', 'SOM:Somalia']);
  });

  test('UN.GIFT.HUB is not UN.GIFT', () => {
    expect(found('the UN.GIFT.HUB and UN.GIFT')).toEqual(['un-gift-hub:UN.GIFT.HUB', 'un-gift:UN.GIFT']);
  });

  test('a country inside an organization name is still the country (Council of Europe is not)', () => {
    expect(found('the Council of Europe and the Pakistan Federal Investigation Agency')).toEqual([
      'council-of-europe:Council of Europe', 'PAK:Pakistan',
    ]);
  });
});

describe('demonyms count as mentions, marked as such', () => {
  test.each([
    ['Nigerian', 'NGA'], ['Nigerians', 'NGA'], ['Ivorian', 'CIV'], ['Ivorians', 'CIV'], ['Nepalese', 'NPL'],
    ['Sudanese', 'SDN'], ['Libyan', 'LBY'], ['Venezuelan', 'VEN'], ['Venezuelans', 'VEN'], ['Bangladeshi', 'BGD'],
    ['South Sudanese', 'SSD'], ['Ethiopian', 'ETH'],
  ])('"%s" is a demonym of %s', (demonym, iso3) => {
    expect(matcher.match(`the ${demonym} authorities`).map((m) => [m.id, m.demonym])).toEqual([[iso3, true]]);
  });

  test.each(['Spanish', 'Portuguese', 'Russian', 'Thai', 'Italian', 'French'])('"%s" is a language here, not a demonym', (text) => {
    expect(matcher.match(`translated into ${text} and`)).toEqual([]);
  });

  test.each(['Latin American', 'Ibero-American', 'Central American', 'Indian Ocean', 'Congolese', 'Dominican', 'American', 'Americans', 'Island', 'Mann'])(
    '"%s" is no country',
    (text) => {
      expect(matcher.match(`the ${text} network`)).toEqual([]);
    },
  );
});

test('a country inside a programme or organization name is a nested country mention', () => {
  const nested = createMatcher([...surfaces, { text: 'Horizontal Facility for the Western Balkans and Turkey', kind: 'programme', id: 'hf' }]);
  expect(nested.match('the Horizontal Facility for the Western Balkans and Turkey').map((m) => [m.kind, m.id, m.nested ?? false])).toEqual([
    ['programme', 'hf', false], ['country', 'TUR', true],
  ]);
});

test('matching is case-sensitive: "chad" and "georgia" in lower case are not countries', () => {
  expect(found('to chad the georgia file; Chad and Georgia')).toEqual(['TCD:Chad', 'GEO:Georgia']);
});

test('two surfaces naming different entities are refused', () => {
  expect(() => createMatcher([
    { text: 'ICAT', kind: 'programme', id: 'icat' },
    { text: 'ICAT', kind: 'organization', id: 'icat-org' },
  ])).toThrow('"ICAT" names both programme icat and organization icat-org');
});

test('a country inside a proper name the site does not curate is nested too, the same rule as inside a programme', () => {
  const named = createMatcher([...surfaces, { text: 'Islamic State in Iraq and the Levant', kind: 'none', id: '', properName: true }]);
  expect(named.match('groups such as Islamic State in Iraq and the Levant, and Iraq itself').map((m) => [m.id, m.start, m.nested ?? false])).toEqual([
    ['IRQ', 32, true], ['IRQ', 57, false],
  ]);
  // A region word (not a proper name) still hides the country in it.
  expect(named.match('in Northern Ireland')).toEqual([]);
});

test('matchDocument adds the short forms the report resolves', () => {
  const withShort = createMatcher([...surfaces, { text: 'Working Group on Trafficking in Persons', kind: 'programme', id: 'wg' }], [{ text: 'Working Group', kind: 'programme', id: 'wg' }]);
  expect(withShort.matchDocument(['the Working Group met.', 'The Working Group on Trafficking in Persons met.', 'the Working Group met again.'])
    .map((list) => list.map((m) => `${m.id}${m.shortForm ? '(short)' : ''}`))).toEqual([[], ['wg'], ['wg(short)']]);
});
