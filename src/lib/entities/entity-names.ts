// The name the site gives every entity a report may mention, keyed by kind and id (`country:DZA`,
// `organization:unodc`, `programme:glo-act`): the showAs of the Akoma Ntoso TLCs
// (src/lib/akn/akn-body.ts) and the name column of /data/mentions.csv.
import type { Gazetteer } from './gazetteer';
import type { EntityFile } from './entity-surfaces';

export interface EntitySources {
  gazetteer: Pick<Gazetteer, 'countries'>;
  programmes: readonly EntityFile<{ slug: string; name: string }>[];
  organizations: readonly EntityFile<{ slug: string; name: string }>[];
}

export function entityNames({ gazetteer, programmes, organizations }: EntitySources): Map<string, string> {
  return new Map([
    ...[...gazetteer.countries.values()].map((c) => [entityKey('country', c.iso3.toUpperCase()), c.name] as const),
    ...programmes.map((p) => [entityKey('programme', p.data.slug), p.data.name] as const),
    ...organizations.map((o) => [entityKey('organization', o.data.slug), o.data.name] as const),
  ]);
}

/** The key of an entity in entityNames: `country:DZA`. */
export const entityKey = (kind: string, id: string): string => `${kind}:${id}`;
