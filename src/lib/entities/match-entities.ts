// Finds entity mentions in plain text: countries (names and demonyms), programmes and
// organizations, given their surface forms. Case-sensitive, whole words, leftmost-longest:
// "South Sudan" is never the Sudan, "Nigeria" never the Niger, "Guinea-Bissau" never Guinea.
// A surface of kind "none" (e.g. "Latin American") consumes its text and yields nothing.
// A country named inside a proper name — a programme's or organization's ("…Mission in Mali"), or
// one the site does not curate ("Islamic State in Iraq and the Levant") — is a mention of that
// country too, marked `nested`; links in pages use only the outer match. Short forms that only
// one report's context resolves ("the Working Group") are found by matchDocument (short-forms.ts).

import { shortFormMentions, type ShortForm } from './short-forms';

export type EntityKind = 'country' | 'programme' | 'organization' | 'none';

export interface EntitySurface {
  text: string;
  kind: EntityKind;
  id: string;
  /** A demonym ("Nigerians") rather than a name. */
  demonym?: boolean;
  /**
   * Kind "none" only: a proper name the site does not curate ("Islamic State in Iraq and the
   * Levant"); countries named inside it are nested mentions, as inside a programme's name.
   */
  properName?: boolean;
}

export interface EntityMatch {
  start: number;
  end: number;
  text: string;
  kind: Exclude<EntityKind, 'none'>;
  id: string;
  demonym: boolean;
  /** A country found inside the name of a programme or organization. */
  nested?: boolean;
  /** A document-scoped short form ("the Working Group"): see short-forms.ts. */
  shortForm?: boolean;
}

export interface Matcher {
  /** Every mention in the text, in order. */
  match: (text: string) => EntityMatch[];
  /** The surface a matched text stands for. */
  lookup: (text: string) => EntitySurface | undefined;
  /** Every mention in one report's texts (in reading order), short forms included. */
  matchDocument: (texts: readonly string[]) => EntityMatch[][];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PREFIX = 3;

/**
 * Leftmost-longest scanning without a giant regular expression: surfaces are grouped by their
 * first characters, and only positions that start a word are tried, longest surface first.
 * Same semantics as `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])`, many times faster.
 */
function scanner(surfaces: readonly EntitySurface[]): (text: string) => [number, EntitySurface][] {
  const byPrefix = new Map<string, EntitySurface[]>();
  for (const surface of surfaces) {
    const key = surface.text.slice(0, PREFIX);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), surface]);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const longestAt = (text: string, i: number): EntitySurface | undefined => {
    for (let k = Math.min(PREFIX, text.length - i); k >= 1; k -= 1) {
      for (const candidate of byPrefix.get(text.slice(i, i + k)) ?? []) {
        const end = i + candidate.text.length;
        if (text.startsWith(candidate.text, i) && !(end < text.length && WORD_CHAR.test(text[end]!))) return candidate;
      }
    }
    return undefined;
  };
  return (text) => {
    const found: [number, EntitySurface][] = [];
    let i = 0;
    while (i < text.length) {
      if (i > 0 && WORD_CHAR.test(text[i - 1]!)) {
        i += 1;
        continue;
      }
      // A surface shorter than the prefix is filed under its whole text, so candidates under a
      // longer prefix are always longer: the first one that fits, from k = 3 down, is the longest.
      const hit = longestAt(text, i);
      if (hit) {
        found.push([i, hit]);
        i += hit.text.length;
      } else i += 1;
    }
    return found;
  };
}

export function createMatcher(surfaces: readonly EntitySurface[], shortForms: readonly ShortForm[] = []): Matcher {
  const byText = new Map<string, EntitySurface>();
  for (const surface of surfaces) {
    const existing = byText.get(surface.text);
    if (existing && (existing.kind !== surface.kind || existing.id !== surface.id)) {
      throw new RangeError(`"${surface.text}" names both ${existing.kind} ${existing.id} and ${surface.kind} ${surface.id}`);
    }
    byText.set(surface.text, surface);
  }
  const all = [...byText.values()];
  const findAll = scanner(all);
  const findCountries = scanner(all.filter((s) => s.kind === 'country' || (s.kind === 'none' && !s.properName)));

  const match = (text: string): EntityMatch[] => {
    const out: EntityMatch[] = [];
    for (const [start, surface] of findAll(text)) {
      const end = start + surface.text.length;
      if (surface.kind !== 'none') out.push({ start, end, text: surface.text, kind: surface.kind, id: surface.id, demonym: surface.demonym ?? false });
      if (surface.kind === 'country' || (surface.kind === 'none' && !surface.properName)) continue;
      for (const [inner, country] of findCountries(surface.text)) {
        if (country.kind !== 'country') continue;
        out.push({ start: start + inner, end: start + inner + country.text.length, text: country.text, kind: 'country', id: country.id, demonym: country.demonym ?? false, nested: true });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  return {
    lookup: (text) => byText.get(text),
    match,
    matchDocument(texts) {
      const full = texts.map(match);
      const short = shortFormMentions(texts, full, shortForms);
      return full.map((list, i) => (short[i]!.length ? [...list, ...short[i]!].sort((a, b) => a.start - b.start) : list));
    },
  };
}
