// The display name of every entity a report may mention, keyed as src/lib/akn/akn-body.ts looks
// them up (`country:DZA`, `organization:unodc`, `programme:glo-act`): the showAs of their TLCs.
import type { Gazetteer } from '../entities/gazetteer';
import type { EntityFile } from '../entities/entity-surfaces';

export interface EntitySources {
  gazetteer: Pick<Gazetteer, 'countries'>;
  programmes: readonly EntityFile<{ slug: string; name: string }>[];
  organizations: readonly EntityFile<{ slug: string; name: string }>[];
}

export function entityNames({ gazetteer, programmes, organizations }: EntitySources): Map<string, string> {
  return new Map([
    ...[...gazetteer.countries.values()].map((c) => [`country:${c.iso3.toUpperCase()}`, c.name] as const),
    ...programmes.map((p) => [`programme:${p.data.slug}`, p.data.name] as const),
    ...organizations.map((o) => [`organization:${o.data.slug}`, o.data.name] as const),
  ]);
}
