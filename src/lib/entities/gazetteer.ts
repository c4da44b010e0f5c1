// Builds the country gazetteer from the world-countries package (passed in) and our file of UN
// short names: for each ISO 3166-1 alpha-3 code its UN display name, region, and the surface
// forms that count as a mention (names) or as a demonym mention (Nigerian, Ivorians). A surface
// form that would name two countries ("Congolese", "Dominican"), or a demonym that is also a
// language ("Spanish", "Thai"), is dropped: precision first.
import type { UnCountryName } from '../../schemas/un-country-name';
import { ContentError } from '../errors';

/** The fields of a world-countries entry that we read. */
export interface PackageCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  languages?: Record<string, string>;
  region: string;
  subregion?: string;
  unMember?: boolean;
}

export interface CountryInfo {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
}

export interface Surface {
  text: string;
  id: string;
  demonym: boolean;
}

export interface Gazetteer {
  countries: Map<string, CountryInfo>;
  surfaces: Surface[];
}

/** Words that look like a country name or demonym but, in UN prose, are not one. */
export const NOT_COUNTRY_MENTIONS = [
  'Latin America', 'Latin American', 'Central America', 'Central American', 'South America', 'South American',
  'North America', 'North American', 'Ibero-American', 'Indian Ocean', 'Northern Ireland', 'Arab States',
  // The demonym of the United States and of the Northern Mariana Islands; in UN prose mostly a region.
  'American', 'Americans',
  // Native names in the package that are also English words or names: Iceland's "Island", Man's "Mann".
  'Island', 'Mann', 'Reunion',
];

/**
 * Proper names the site does not curate as entities but whose words name a country: the country
 * is a nested mention, as inside a programme's name (docs/entities.md, "Countries inside names").
 */
export const UNCURATED_PROPER_NAMES = ['Islamic State in Iraq and the Levant'];

const isUsable = (s: string) => s.length > 3 && /^[A-Z]/.test(s) && !/[,]/.test(s) && /^[\p{L}\p{M} '’().-]+$/u.test(s);

function plural(demonym: string): string[] {
  return /(an|i)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

export function buildGazetteer(packageCountries: readonly PackageCountry[], unNames: readonly UnCountryName[], file = 'content/countries/un-names.yaml'): Gazetteer {
  const byIso = new Map(packageCountries.map((c) => [c.cca3, c]));
  const overrides = new Map<string, UnCountryName>();
  for (const entry of unNames) {
    if (!byIso.has(entry.iso3)) throw new ContentError({ file, field: 'iso3', expected: 'an ISO 3166-1 alpha-3 code the gazetteer knows', found: JSON.stringify(entry.iso3) });
    if (overrides.has(entry.iso3)) throw new ContentError({ file, field: 'iso3', problem: `${entry.iso3} is listed twice` });
    overrides.set(entry.iso3, entry);
  }

  // "in Spanish", "into Thai": a demonym that is also a language name is not counted.
  const languages = new Set(packageCountries.flatMap((c) => Object.values(c.languages ?? {})));
  const countries = new Map<string, CountryInfo>();
  const owners = new Map<string, Set<string>>(); // surface text → iso3 codes
  const demonymTexts = new Set<string>();
  const add = (text: string, iso3: string, demonym: boolean) => {
    if (!owners.has(text)) owners.set(text, new Set());
    owners.get(text)!.add(iso3);
    if (demonym) demonymTexts.add(text);
  };

  for (const country of packageCountries) {
    const un = overrides.get(country.cca3);
    countries.set(country.cca3, {
      iso3: country.cca3,
      name: un?.name ?? country.name.common,
      region: country.region,
      subregion: country.subregion ?? country.region,
    });
    const notNames = new Set(un?.notNames ?? []);
    const alternatives = country.altSpellings.filter((name) => !languages.has(name)); // "Prathet Thai" lists "Thai"
    const names = [country.name.common, country.name.official, ...alternatives, ...(un?.name ? [un.name] : []), ...(un?.aliases ?? [])];
    for (const name of names) if (isUsable(name) && !notNames.has(name)) add(name, country.cca3, false);
    const eng = country.demonyms?.eng;
    const demonyms = [...new Set([...(eng ? [eng.m, eng.f] : []).flatMap((d) => d.split(/,\s*/)), ...(un?.demonyms ?? [])])];
    for (const demonym of demonyms) {
      if (notNames.has(demonym) || !isUsable(demonym) || languages.has(demonym)) continue;
      for (const form of plural(demonym)) add(form, country.cca3, true);
    }
  }

  const surfaces: Surface[] = [];
  const notMentions = new Set(NOT_COUNTRY_MENTIONS);
  for (const [text, codes] of owners) {
    if (codes.size !== 1 || notMentions.has(text)) continue; // ambiguous, or not a country in UN prose
    surfaces.push({ text, id: [...codes][0]!, demonym: demonymTexts.has(text) });
  }
  surfaces.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  return { countries, surfaces };
}
