// Finds entity mentions in plain text: countries (names and demonyms), programmes and
// organizations, given their surface forms. Case-sensitive, whole words, leftmost-longest:
// "South Sudan" is never the Sudan, "Nigeria" never the Niger, "Guinea-Bissau" never Guinea.
// A surface of kind "none" (e.g. "Latin American") consumes its text and yields nothing.
// A country named inside a programme's or organization's name ("…Mission in Mali") is a mention
// of that country too, marked `nested`; links in pages use only the outer match.

export type EntityKind = 'country' | 'programme' | 'organization' | 'none';

export interface EntitySurface {
  text: string;
  kind: EntityKind;
  id: string;
  /** A demonym ("Nigerians") rather than a name. */
  demonym?: boolean;
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
}

export interface Matcher {
  /** Every mention in the text, in order. */
  match: (text: string) => EntityMatch[];
  /** The combined pattern (global, unicode), for tools such as mdast-util-find-and-replace. */
  pattern: RegExp;
  /** The surface a matched text stands for. */
  lookup: (text: string) => EntitySurface | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createMatcher(surfaces: readonly EntitySurface[]): Matcher {
  const byText = new Map<string, EntitySurface>();
  for (const surface of surfaces) {
    const existing = byText.get(surface.text);
    if (existing && (existing.kind !== surface.kind || existing.id !== surface.id)) {
      throw new RangeError(`"${surface.text}" names both ${existing.kind} ${existing.id} and ${surface.kind} ${surface.id}`);
    }
    byText.set(surface.text, surface);
  }
  const alternation = (list: string[]) => {
    const sorted = [...list].sort((a, b) => b.length - a.length || a.localeCompare(b));
    // A lookahead on the possible first characters lets the engine skip most positions at once.
    const firsts = [...new Set(sorted.map((t) => t[0]!))].map(escape).join('').replace(/-/g, '\\-');
    return sorted.length ? `(?=[${firsts}])(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
  };
  const source = alternation([...byText.keys()]);
  const pattern = new RegExp(source, 'gu');
  const countrySource = alternation([...byText.values()].filter((s) => s.kind === 'country' || s.kind === 'none').map((s) => s.text));

  return {
    pattern,
    lookup: (text) => byText.get(text),
    match(text) {
      const out: EntityMatch[] = [];
      for (const m of text.matchAll(new RegExp(source, 'gu'))) {
        const surface = byText.get(m[0])!;
        if (surface.kind === 'none') continue;
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: surface.kind, id: surface.id, demonym: surface.demonym ?? false });
        if (surface.kind === 'country') continue;
        for (const inner of m[0].matchAll(new RegExp(countrySource, 'gu'))) {
          const country = byText.get(inner[0])!;
          if (country.kind !== 'country') continue;
          const start = m.index + inner.index;
          out.push({ start, end: start + inner[0].length, text: inner[0], kind: 'country', id: country.id, demonym: country.demonym ?? false, nested: true });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
