// A search as the URL holds it: the words, the order and, for each filter, the values chosen —
// several per filter, as repeated parameters (`?country=nga&country=npl`), so a one-value URL of
// before is still the same search. Also the Pagefind filter object for a state: any of the values
// within a filter, all filters at once, and paragraphs only (entity pages are their own group).
// Pure.

/** The kinds of entity page; only their records carry the `entity` filter. */
export const ENTITY_KINDS = ['country', 'programme', 'organization'] as const;
export const FILTERS = ['session', 'year', 'body', 'country', 'programme', 'organization'] as const;
export type FilterKey = (typeof FILTERS)[number];

export interface SearchState {
  q: string;
  sort: '' | 'date-asc' | 'date-desc';
  filters: Partial<Record<FilterKey, string[]>>;
}

const MAX_QUERY = 200;

export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTERS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY), sort: sort === 'date-asc' || sort === 'date-desc' ? sort : '', filters };
}

export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The number of values chosen across all filters. */
export function chosenCount(state: SearchState): number {
  return FILTERS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
}

type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

/** Pagefind's filters for the paragraphs of a state, leaving out one filter when asked (its own counts). */
export function paragraphFilters(state: SearchState, without?: FilterKey): PagefindFilters {
  const filters: PagefindFilters = { entity: { none: [...ENTITY_KINDS] } };
  for (const key of FILTERS) {
    const values = state.filters[key];
    if (key !== without && values?.length) filters[key] = { any: values };
  }
  return filters;
}

/** Pagefind's filter for the entity pages (their own group, under the paragraphs). */
export function entityFilters(): PagefindFilters {
  return { entity: { any: [...ENTITY_KINDS] } };
}

/** The state with one value of one filter added or taken away. */
export function toggled(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const values = (state.filters[key] ?? []).filter((v) => v !== value);
  if (on) values.push(value);
  const filters = { ...state.filters };
  if (values.length) filters[key] = values;
  else delete filters[key];
  return { ...state, filters };
}
