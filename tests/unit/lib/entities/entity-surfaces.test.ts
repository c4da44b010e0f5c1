import countries from 'world-countries';
import { expect, test } from 'vitest';
import { entitySurfaces, unmentionedEntities } from '../../../../src/lib/entities/entity-surfaces';
import { buildGazetteer, type PackageCountry } from '../../../../src/lib/entities/gazetteer';
import { createMatcher } from '../../../../src/lib/entities/match-entities';
import { mentionIndex } from '../../../../src/lib/entities/mention-index';
import type { ParagraphModel } from '../../../../src/lib/report-model/model';
import type { Organization, Programme } from '../../../../src/schemas/entity';

const gazetteer = buildGazetteer(countries as unknown as PackageCountry[], []);
const programme = (slug: string, name: string, aliases: string[] = []): { file: string; data: Programme } => ({
  file: `content/programmes/${slug}.yaml`, data: { slug, name, aliases, shortForms: [], kind: 'programme', description: 'A programme.' },
});
const organization = (slug: string, name: string, acronym?: string): { file: string; data: Organization } => ({
  file: `content/organizations/${slug}.yaml`, data: { slug, name, aliases: [], shortForms: [], kind: 'United Nations entity', description: 'An entity.', ...(acronym ? { acronym } : {}) },
});

test('good data gives one surface per name, alias and acronym', () => {
  const { surfaces, errors } = entitySurfaces(gazetteer, [programme('glo-act', 'Global Action', ['GLO.ACT'])], [organization('unodc', 'United Nations Office on Drugs and Crime', 'UNODC')]);
  expect(errors).toEqual([]);
  expect(surfaces.filter((s) => s.kind !== 'country' && s.kind !== 'none').map((s) => `${s.kind}:${s.id}:${s.text}`)).toEqual([
    'programme:glo-act:Global Action', 'programme:glo-act:GLO.ACT',
    'organization:unodc:United Nations Office on Drugs and Crime', 'organization:unodc:UNODC',
  ]);
});

test('an alias listed twice in one entry is an error naming the file', () => {
  const { errors } = entitySurfaces(gazetteer, [programme('glo-act', 'Global Action', ['GLO.ACT', 'GLO.ACT'])], []);
  expect(errors.map((e) => e.message)).toEqual(['content/programmes/glo-act.yaml: field "aliases": alias "GLO.ACT" is listed twice']);
});

test('an alias naming two entries is an error naming both', () => {
  const { errors } = entitySurfaces(gazetteer, [programme('icat', 'Inter-Agency Coordination Group', ['ICAT'])], [organization('icat-org', 'ICAT Organization', 'ICAT')]);
  expect(errors.map((e) => e.message)).toEqual([
    'content/organizations/icat-org.yaml: field "aliases": alias "ICAT" also names programme icat (content/programmes/icat.yaml)',
  ]);
});

test('an alias that is a country name is an error', () => {
  const { errors } = entitySurfaces(gazetteer, [programme('x', 'Something', ['Nigeria'])], []);
  expect(errors.map((e) => e.message)).toEqual([
    'content/programmes/x.yaml: field "aliases": alias "Nigeria" also names country NGA (the country gazetteer)',
  ]);
});

test('an unknown ISO code in the UN names file is an error', () => {
  expect(() => buildGazetteer(countries as unknown as PackageCountry[], [{ iso3: 'XXX', name: 'Nowhere', aliases: [], demonyms: [], notNames: [] }])).toThrow(
    'content/countries/un-names.yaml: field "iso3": expected an ISO 3166-1 alpha-3 code the gazetteer knows, found "XXX"',
  );
});

test('an entry no report mentions is an error', () => {
  const programmes = [programme('glo-act', 'Global Action', ['GLO.ACT']), programme('ghost', 'Ghost Programme')];
  const { surfaces } = entitySurfaces(gazetteer, programmes, []);
  const text = '1. Through GLO.ACT in Nepal.';
  const paragraph = { number: 1, text, mentions: createMatcher(surfaces).match(text) };
  const index = mentionIndex([{ slug: 'cop10-2020', model: { paragraphs: [paragraph] as ParagraphModel[] } }]);
  expect(unmentionedEntities(index, programmes, []).map((e) => e.message)).toEqual([
    'content/programmes/ghost.yaml: "Ghost Programme" is mentioned in no report: expected at least one paragraph naming it or one of its aliases',
  ]);
});
