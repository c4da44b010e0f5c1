// The options of one filter list: every value the index has (so a choice can be changed in one
// step), each with the number of paragraphs it would give (0 where none), sessions in the order
// they met and years in date order, the rest most paragraphs first (a long list of countries
// opens on the ones the results name), then by name. Pure.
import type { FilterKey } from './search-state';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  chosen: boolean;
}

export function facetOptions(
  key: FilterKey,
  values: Iterable<string>,
  counts: Readonly<Record<string, number>>,
  chosen: readonly string[],
  labels: Readonly<Record<string, string>>,
  sessionOrder: readonly string[] = [],
): FacetOption[] {
  const all = [...new Set([...values, ...chosen])];
  const label = (v: string) => labels[v] ?? v;
  const rank = new Map(sessionOrder.map((s, i) => [s, i]));
  const order = (a: string, b: string) => {
    if (key === 'session') return (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b);
    if (key === 'year') return Number(a) - Number(b);
    return (counts[b] ?? 0) - (counts[a] ?? 0) || label(a).localeCompare(label(b), 'en');
  };
  return all.sort(order).map((value) => ({ value, label: label(value), count: counts[value] ?? 0, chosen: chosen.includes(value) }));
}
