// Document-scoped short forms: "the Working Group" names the Working Group on Trafficking in
// Persons in a report that has already introduced it by its full name, and only when no other
// entity with that short form is named in the same report. A short form counts only as a whole
// name: preceded by "the", and not the start of a longer name ("Working Group on Migration, …",
// "Working Group Meeting"). The texts are one report's, in reading order.
import type { EntityMatch } from './match-entities';

export interface ShortForm {
  text: string;
  kind: 'programme' | 'organization';
  id: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The short-form mentions of each text, given the full mentions the matcher found in each. */
export function shortFormMentions(texts: readonly string[], mentions: readonly (readonly EntityMatch[])[], shortForms: readonly ShortForm[]): EntityMatch[][] {
  const named = new Set(mentions.flat().map((m) => `${m.kind}:${m.id}`));
  // A short form is usable in this report when exactly one entity it belongs to is named in it.
  const usable = new Map<string, ShortForm>();
  const owners = new Map<string, ShortForm[]>();
  for (const form of shortForms) if (named.has(`${form.kind}:${form.id}`)) owners.set(form.text, [...(owners.get(form.text) ?? []), form]);
  for (const [text, forms] of owners) if (forms.length === 1) usable.set(text, forms[0]!);
  const out: EntityMatch[][] = texts.map(() => []);
  if (usable.size === 0) return out;
  const pattern = new RegExp(`(?<=\\bthe )(?:${[...usable.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])(?!\\s+(?:on|of|for)\\s+\\p{Lu})(?!\\s+\\p{Lu})`, 'gu');
  const firstFull = new Map<string, [text: number, start: number]>();
  mentions.forEach((list, t) => {
    for (const m of list) {
      const key = `${m.kind}:${m.id}`;
      if (!firstFull.has(key)) firstFull.set(key, [t, m.start]);
    }
  });
  texts.forEach((text, t) => {
    for (const hit of text.matchAll(pattern)) {
      const form = usable.get(hit[0])!;
      const start = hit.index;
      const end = start + hit[0].length;
      const first = firstFull.get(`${form.kind}:${form.id}`)!;
      const introduced = first[0] < t || (first[0] === t && first[1] < start);
      const inside = mentions[t]!.some((m) => start < m.end && end > m.start);
      if (introduced && !inside) out[t]!.push({ start, end, text: hit[0], kind: form.kind, id: form.id, demonym: false, shortForm: true });
    }
  });
  return out;
}
