// Puts the surface forms of every entity into one list for the matcher, and rejects entity
// data that would make a mention ambiguous: an alias listed twice, an alias that names two
// entries (or a country), an entry no report mentions.
import type { Organization, Programme } from '../../schemas/entity';
import { ContentError } from '../errors';
import { type Gazetteer, NOT_COUNTRY_MENTIONS, UNCURATED_PROPER_NAMES } from './gazetteer';
import type { EntitySurface } from './match-entities';
import type { ShortForm } from './short-forms';
import type { ParagraphMentions } from './mention-index';

export interface EntityFile<T> {
  file: string;
  data: T;
}

export function programmeSurfaces(programme: Programme): string[] {
  return [programme.name, ...programme.aliases];
}

export function organizationSurfaces(organization: Organization): string[] {
  return [organization.name, ...(organization.acronym ? [organization.acronym] : []), ...organization.aliases];
}

export function entitySurfaces(
  gazetteer: Gazetteer,
  programmes: readonly EntityFile<Programme>[],
  organizations: readonly EntityFile<Organization>[],
): { surfaces: EntitySurface[]; shortForms: ShortForm[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const owner = new Map<string, { file: string; label: string }>();
  for (const s of gazetteer.surfaces) owner.set(s.text, { file: 'the country gazetteer', label: `country ${s.id}` });
  const surfaces: EntitySurface[] = [
    ...gazetteer.surfaces.map((s) => ({ ...s, kind: 'country' as const })),
    ...NOT_COUNTRY_MENTIONS.map((text) => ({ text, kind: 'none' as const, id: '' })),
    ...UNCURATED_PROPER_NAMES.map((text) => ({ text, kind: 'none' as const, id: '', properName: true })),
  ];
  const shortForms: ShortForm[] = [];
  const add = (file: string, kind: 'programme' | 'organization', id: string, texts: string[]) => {
    const seen = new Set<string>();
    for (const text of texts) {
      if (seen.has(text)) {
        errors.push(new ContentError({ file, field: 'aliases', problem: `alias "${text}" is listed twice` }));
        continue;
      }
      seen.add(text);
      const other = owner.get(text);
      if (other) {
        errors.push(new ContentError({ file, field: 'aliases', problem: `alias "${text}" also names ${other.label} (${other.file})` }));
        continue;
      }
      owner.set(text, { file, label: `${kind} ${id}` });
      surfaces.push({ text, kind, id });
    }
  };
  for (const { file, data } of programmes) add(file, 'programme', data.slug, programmeSurfaces(data));
  for (const { file, data } of organizations) add(file, 'organization', data.slug, organizationSurfaces(data));
  // Short forms may be shared (the rule decides per report), but never be another entry's full name.
  const addShort = (file: string, kind: ShortForm['kind'], id: string, texts: readonly string[]) => {
    for (const text of texts) {
      const other = owner.get(text);
      if (other) errors.push(new ContentError({ file, field: 'shortForms', problem: `short form "${text}" is the full name or alias of ${other.label} (${other.file})` }));
      else shortForms.push({ text, kind, id });
    }
  };
  for (const { file, data } of programmes) addShort(file, 'programme', data.slug, data.shortForms);
  for (const { file, data } of organizations) addShort(file, 'organization', data.slug, data.shortForms);
  return { surfaces, shortForms, errors };
}

/** Entries of the curated files that no paragraph of any report mentions. */
export function unmentionedEntities(
  index: readonly ParagraphMentions[],
  programmes: readonly EntityFile<Programme>[],
  organizations: readonly EntityFile<Organization>[],
): ContentError[] {
  const mentioned = new Set(index.flatMap((p) => p.mentions.map((m) => `${m.kind}:${m.id}`)));
  return [
    ...programmes.filter((p) => !mentioned.has(`programme:${p.data.slug}`)).map((p) => p),
    ...organizations.filter((o) => !mentioned.has(`organization:${o.data.slug}`)),
  ].map(({ file, data }) => new ContentError({ file, problem: `"${data.name}" is mentioned in no report: expected at least one paragraph naming it or one of its aliases` }));
}
