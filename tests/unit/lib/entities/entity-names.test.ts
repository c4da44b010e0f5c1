import { expect, test } from 'vitest';
import { entityNames } from '../../../../src/lib/entities/entity-names';

test('keys countries by upper-case ISO code and curated entities by slug', () => {
  const names = entityNames({
    gazetteer: { countries: new Map([['DZA', { iso3: 'DZA', name: 'Algeria', region: 'Africa', subregion: 'Northern Africa' }]]) },
    programmes: [{ file: 'content/programmes/glo-act.yaml', data: { slug: 'glo-act', name: 'GLO.ACT' } }],
    organizations: [{ file: 'content/organizations/unodc.yaml', data: { slug: 'unodc', name: 'United Nations Office on Drugs and Crime' } }],
  });
  expect([...names]).toEqual([
    ['country:DZA', 'Algeria'],
    ['programme:glo-act', 'GLO.ACT'],
    ['organization:unodc', 'United Nations Office on Drugs and Crime'],
  ]);
});
