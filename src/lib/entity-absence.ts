// When a search filtered by an entity and a year finds nothing: the years the entity is mentioned
// in, the last one before and the next one after, so the page can say when it was (and is next)
// mentioned. Shared by the search page's build (the years) and its script (the sentence).

export interface Absence {
  mentioned: boolean;
  last?: string | undefined;
  next?: string | undefined;
}

/** `years`: the years the entity is mentioned in, any order. */
export function absenceAround(years: readonly string[], year: string): Absence {
  const sorted = [...years].sort();
  return {
    mentioned: sorted.includes(year),
    last: sorted.filter((y) => y < year).at(-1),
    next: sorted.find((y) => y > year),
  };
}

/** The sentence without its links: "Nigeria is not mentioned in 2016; it was last mentioned in 2012 and is next in 2019." */
export function absenceSentence(name: string, year: string, { last, next }: Absence): string {
  const when = [last && `it was last mentioned in ${last}`, next && `${last ? 'is' : 'it is'} next mentioned in ${next}`].filter(Boolean).join(' and ');
  return `${name} is not mentioned in ${year}${when ? `; ${when}` : ''}.`;
}
