// The search page: runs Pagefind in the browser, keeps the query, filters and order in the URL
// (so a search can be linked, reloaded and navigated with Back), checks each word against the
// vocabulary ("Did you mean …?", a word no paragraph contains is named and left out), shows
// paragraphs first and pages about entities as their own group, fills every filter list with its
// counts after the first results are on screen, and keeps the number of results loaded and the
// scroll position in the history entry, so Back and reload return to the same place. When the
// index is in several shards (a large corpus, src/lib/search/shards.ts), it searches only the
// shards that can hold a result, newest first, shows the first results as soon as it has a page
// of them, and searches the rest after.

interface MatchLocation { location: number; balanced_score: number }
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  weighted_locations: MatchLocation[];
}
interface PagefindResult { id: string; data: () => Promise<PagefindResultData> }
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule { createInstance: (o: { basePath: string }) => Pagefind }
interface SearchIndex { manifest: ShardManifest; shard: (k: number) => Pagefind }

import { absenceAround, absenceSentence } from '../lib/entity-absence';
import { recordExcerpt } from '../lib/search/excerpt';
import { facetOptions } from '../lib/search/facet-options';
import { FILTER_NAMES } from '../lib/search-labels';
import { chosenCount, ENTITY_KINDS, entityFilters, FILTERS, paragraphFilters, readSearchParams, searchParams, toggled, type FilterKey, type SearchState } from '../lib/search/search-state';
import { shardPlan, type ShardManifest } from '../lib/search/shards';
import { checkWord, suggestedQuery, type WordCheck } from '../lib/search/suggest';
import { decodeSources } from '../lib/search/variant-tail';
import { parseVocabulary, shardsOfWord, vocabularyLetter } from '../lib/search/vocabulary';
import { queryWords } from '../lib/search/words';
import { addItemTools, addListTools } from './collect-list';

const PAGE = 20;
const ENTITY_PAGE = 6;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const sortSelect = document.getElementById('sort') as HTMLSelectElement;
const status = document.getElementById('search-status') as HTMLElement;
const suggestion = document.getElementById('search-suggestion') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const entitySection = document.getElementById('entity-results') as HTMLElement;
const entityList = document.getElementById('entity-results-list') as HTMLUListElement;
const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
const filtersSummary = document.getElementById('filters-summary') as HTMLElement;
const chosenList = document.getElementById('chosen-filters') as HTMLUListElement;
const { labels, sessionOrder } = JSON.parse(document.getElementById('filter-labels')!.textContent!) as {
  labels: Record<FilterKey, Record<string, string>>;
  sessionOrder: string[];
};
const entityYears = JSON.parse(document.getElementById('entity-years')?.textContent ?? '{}') as {
  byKind?: Partial<Record<FilterKey, Record<string, string[]>>>;
  sessionYears?: Record<string, string>;
};
const hint = document.getElementById('search-hint') as HTMLElement;
const citations = JSON.parse(document.getElementById('citation-templates')?.textContent ?? '{}') as Record<string, string>;
const listTools = document.getElementById('search-list-tools') as HTMLElement;
const copyList = addListTools(list, 'Search results');
listTools.append(copyList); // after the results, so that on a phone the first result comes first
copyList.hidden = true; // until there are paragraphs to copy
const downloadList = document.createElement('button');
downloadList.type = 'button';
downloadList.className = 'button download-list';
downloadList.textContent = 'Download all results (CSV)';
downloadList.hidden = true;
copyList.after(downloadList);
const fieldsets = Object.fromEntries(FILTERS.map((key) => [key, document.getElementById(`filter-${key}`) as HTMLFieldSetElement])) as Record<FilterKey, HTMLFieldSetElement>;

// Filters open beside the form on wide screens, folded on phones so the results come first.
if (window.matchMedia('(min-width: 64rem)').matches) filtersBox.open = true;
// The page puts back its own scroll position once the results it had are loaded again.
history.scrollRestoration = 'manual';

let pagefind: Promise<SearchIndex> | undefined;
let run = 0;
let shown: PagefindResult[] = [];
let current: SearchState = readSearchParams(new URLSearchParams(location.search));
let highlightFallback = '';
/** The query string of the search on screen. */
let searchedUrl = '';
/** Every value each filter has in the index, once loaded (after the first results). */
let filterValues: Record<string, Record<string, number>> | undefined;

// ---- the history entry: results loaded and scroll position --------------------------------

interface Place { loaded: number; scrollY: number }
const place = (): Partial<Place> => (history.state as Partial<Place> | null) ?? {};
function savePlace(update: Partial<Place>): void {
  history.replaceState({ ...place(), ...update }, '');
}
let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => savePlace({ scrollY: Math.round(window.scrollY) }), 100);
}, { passive: true });

// ---- the vocabulary ------------------------------------------------------------------------

type Words = ReturnType<typeof parseVocabulary>;
/** A letter's words; an empty list where no word starts with it (404); undefined when it could not be loaded. */
const letters = new Map<string, Promise<Words | undefined>>();
function vocabulary(letter: string): Promise<Words | undefined> {
  if (!letters.has(letter)) {
    const loaded = fetch(`/pagefind/words/${letter}.txt`).then(
      async (r) => (r.ok ? parseVocabulary(await r.text()) : r.status === 404 ? { counts: new Map(), shards: new Map() } : undefined),
      () => undefined,
    );
    letters.set(letter, loaded);
    void loaded.then((words) => { if (!words) letters.delete(letter); }); // tried again next time
  }
  return letters.get(letter)!;
}
let stemmer: Promise<(word: string) => string> | undefined;
const loadStemmer = () => (stemmer ??= import('porter2').then((m) => m.stem));

/** Each query word checked against the vocabulary; the stemmer loads only for a word not found as typed. */
async function checkWords(words: readonly string[]): Promise<WordCheck[]> {
  const vocabularies = await Promise.all(words.map((w) => vocabulary(vocabularyLetter(w))));
  // Without its vocabulary a word is searched as typed: never called missing for a failed fetch.
  const check = (w: string, i: number, stem?: (word: string) => string): WordCheck => {
    const words = vocabularies[i];
    return words ? checkWord(w, words.counts, stem) : { word: w, found: true };
  };
  const first = words.map((w, i) => check(w, i));
  if (first.every((c) => c.found)) return first;
  const stem = await loadStemmer();
  return words.map((w, i) => (first[i]!.found ? first[i]! : check(w, i, stem)));
}

/** For each word searched, the shards that can hold it (undefined: any), when the index has several. */
async function wordShardSets(index: SearchIndex, words: readonly string[]): Promise<(number[] | undefined)[]> {
  if (index.manifest.shards.length < 2) return [];
  const [stem, vocabularies] = await Promise.all([loadStemmer(), Promise.all(words.map((w) => vocabulary(vocabularyLetter(w))))]);
  return words.map((w, i) => {
    const words = vocabularies[i];
    return words ? shardsOfWord(w, words.counts, words.shards, stem) : undefined;
  });
}

/** The shards to search for this state, in the order their results are shown. */
function planFor(index: SearchIndex, state: SearchState, wordSets: readonly (number[] | undefined)[]): number[] {
  if (index.manifest.shards.length < 2) return [0];
  return shardPlan(index.manifest, state.filters, wordSets, state.sort === 'date-asc');
}

/** Adds one shard's filter counts to a sum. */
function addCounts(sum: PagefindSearch['filters'], counts: PagefindSearch['filters']): void {
  for (const [key, values] of Object.entries(counts)) {
    const into = (sum[key] ??= {});
    for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
  }
}

/** The search in each shard of the plan, results in plan order; null when a newer search started. */
async function searchShards(index: SearchIndex, plan: readonly number[], term: string | null, options: Record<string, unknown>, mine: number): Promise<PagefindSearch | null> {
  const all: PagefindSearch = { results: [], filters: {} };
  for (const k of plan) {
    const found = await index.shard(k).search(term, options);
    if (mine !== run) return null;
    if (!found) continue;
    all.results.push(...found.results);
    addCounts(all.filters, found.filters);
  }
  return all;
}

// ---- the form ------------------------------------------------------------------------------

function urlFor(state: SearchState): string {
  const search = searchParams(state).toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

function readForm(): SearchState {
  const params = new URLSearchParams();
  params.set('q', input.value);
  params.set('sort', sortSelect.value);
  for (const key of FILTERS) for (const box of fieldsets[key].querySelectorAll<HTMLInputElement>('input:checked')) params.append(key, box.value);
  return readSearchParams(params);
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  fillFacets(state, undefined);
}

const labelOf = (key: FilterKey, value: string) => labels[key]?.[value] ?? value;

/** Every filter list: all its values with their counts (0 where none), the chosen ones ticked. */
function fillFacets(state: SearchState, counts: Partial<Record<FilterKey, Record<string, number>>> | undefined): void {
  for (const key of FILTERS) {
    const chosen = state.filters[key] ?? [];
    const values = Object.keys(filterValues?.[key] ?? {});
    const options = facetOptions(key, values, counts?.[key] ?? {}, chosen, labels[key] ?? {}, sessionOrder);
    const ul = fieldsets[key].querySelector('ul')!;
    ul.replaceChildren(...options.map((option) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.setAttribute('form', 'search-form');
      box.name = key;
      box.value = option.value;
      box.checked = option.chosen;
      const count = document.createElement('span');
      count.className = 'facet-count';
      count.textContent = counts ? ` (${option.count})` : '';
      if (counts && option.count === 0 && !option.chosen) li.className = 'facet-empty';
      label.append(box, ` ${option.label}`, count);
      li.append(label);
      return li;
    }));
    fieldsets[key].hidden = options.length === 0;
  }
  const n = chosenCount(state);
  filtersSummary.textContent = n ? `Filters (${n})` : 'Filters';
  chosenList.replaceChildren(...FILTERS.flatMap((key) => (state.filters[key] ?? []).map((value) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chosen-filter';
    button.textContent = `${labelOf(key, value)} ×`;
    button.setAttribute('aria-label', `Remove filter: ${labelOf(key, value)}`);
    button.addEventListener('click', () => go(toggled(current, key, value, false)));
    li.append(button);
    return li;
  })));
  chosenList.hidden = n === 0;
}

// ---- results -------------------------------------------------------------------------------

function landingUrl(url: string, highlight: string): string {
  const target = new URL(url, location.origin);
  if (highlight) target.searchParams.set('highlight', highlight);
  return `${target.pathname}${target.search}${target.hash}`;
}

function excerptOf(data: PagefindResultData) {
  const own = Number(data.meta['words']);
  return recordExcerpt(data.content, Number.isFinite(own) && own > 0 ? own : Infinity, decodeSources(data.meta['variants']), data.weighted_locations);
}

let rendering: Promise<void> = Promise.resolve();

/** Appends the next page of results; calls are queued so pages never interleave. */
function renderMore(focus = true): Promise<void> {
  const next = () => renderNextPage(focus);
  rendering = rendering.then(next, next);
  return rendering;
}

async function renderNextPage(focus: boolean): Promise<void> {
  const start = list.children.length;
  if (start >= shown.length) return;
  more.disabled = true;
  const page = await Promise.all(shown.slice(start, start + PAGE).map((r) => r.data()));
  for (const data of page) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // The record's own address (a paragraph's has a hash); the index page's URL is its path.
    const href = data.meta['href'] ?? data.url;
    const excerpt = excerptOf(data);
    link.href = landingUrl(href, excerpt.marked.join(' ') || highlightFallback);
    link.textContent = data.meta['title'] ?? href;
    const heading = document.createElement('h2');
    heading.append(link);
    item.append(heading);
    if (data.meta['section']) {
      const section = document.createElement('p');
      section.className = 'result-section';
      section.textContent = data.meta['section'];
      item.append(section);
    }
    const text = document.createElement('p');
    text.className = 'excerpt';
    text.innerHTML = excerpt.html; // escaped by recordExcerpt, with <mark> only
    item.append(text);
    list.append(item);
    // A paragraph can be linked, cited and collected.
    const report = data.meta['report'];
    if (report && data.meta['paragraph']) {
      item.dataset.para = `para. ${data.meta['paragraph']}`;
      item.dataset.url = new URL(href, location.origin).href;
      if (citations[report]) item.dataset.citation = citations[report];
      addItemTools(item);
    }
  }
  copyList.hidden = list.children.length === 0;
  downloadList.hidden = copyList.hidden;
  more.hidden = list.children.length >= shown.length;
  more.disabled = false;
  listTools.hidden = copyList.hidden && more.hidden;
  savePlace({ loaded: list.children.length });
  if (focus && start > 0) (list.children[start]?.querySelector('a') as HTMLElement | null)?.focus();
}

async function renderEntities(results: PagefindResult[]): Promise<void> {
  const page = await Promise.all(results.slice(0, ENTITY_PAGE).map((r) => r.data()));
  entityList.replaceChildren(...page.map((data) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.meta['href'] ?? data.url;
    link.textContent = data.meta['title'] ?? link.href;
    const heading = document.createElement('h3');
    heading.append(link);
    const kind = document.createElement('p');
    kind.className = 'result-section';
    kind.textContent = FILTER_NAMES[data.meta['kind'] as (typeof ENTITY_KINDS)[number]] ?? '';
    const text = document.createElement('p');
    text.className = 'excerpt';
    text.innerHTML = excerptOf(data).html;
    item.append(heading, kind, text);
    return item;
  }));
  const heading = entitySection.querySelector('h2')!;
  heading.textContent = results.length > ENTITY_PAGE
    ? `Pages about countries, programmes and organizations (${ENTITY_PAGE} of ${results.length})`
    : 'Pages about countries, programmes and organizations';
  entitySection.hidden = results.length === 0;
}

/**
 * A search filtered by an entity and a year (or session) that finds nothing: when the entity was
 * last and is next mentioned, each a link to the same search in that year.
 */
function showAbsence(state: SearchState, count: number): void {
  hint.replaceChildren();
  hint.hidden = true;
  const years = state.filters.year ?? (state.filters.session ?? []).map((s) => entityYears.sessionYears?.[s]).filter((y): y is string => !!y);
  const kinds = ENTITY_KINDS.filter((k) => state.filters[k]?.length);
  // Said only where it is one claim: one entity, one year.
  if (count > 0 || years.length !== 1 || kinds.length !== 1 || state.filters[kinds[0]!]!.length !== 1) return;
  const year = years[0]!;
  const kind = kinds[0]!;
  const id = state.filters[kind]![0]!;
  const absence = absenceAround(entityYears.byKind?.[kind]?.[id] ?? [], year);
  if (absence.mentioned) return; // mentioned that year, just not with these words
  const linked = (y: string) => {
    const a = document.createElement('a');
    const { session: _session, ...rest } = state.filters;
    a.href = urlFor({ ...state, filters: { ...rest, year: [y] } });
    a.textContent = y;
    return a;
  };
  const sentence = absenceSentence(labelOf(kind, id), year, absence);
  // The sentence with each year it names as a link to that year's search.
  const parts = sentence.split(/(\b(?:19|20)\d{2}\b)/);
  hint.append(...parts.map((part, i) => (i % 2 === 1 && part !== year ? linked(part) : part)));
  hint.hidden = false;
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ').replace(/, ([^,]*)$/, ' and $1');

/** The status line; `partial` while older shards are still being searched. */
function describe(state: SearchState, count: number, searched: string, missing: readonly string[], partial = false): string {
  const active = FILTERS.flatMap((k) => (state.filters[k] ?? []).map((v) => labelOf(k, v)));
  const what = searched ? ` for “${searched}”` : '';
  const within = active.length ? ` in ${active.join(', ')}` : '';
  if (missing.length && !searched && !active.length) return `No results: no paragraph contains ${quoted(missing)}.`;
  const left = missing.length ? `No paragraph contains ${quoted(missing)}, so ${missing.length === 1 ? 'it was' : 'they were'} left out. ` : '';
  if (count === 0) {
    return `${left}No results${what}${within}.${active.length ? ' Try removing a filter.' : ' Check the spelling, or try fewer or other words.'}`;
  }
  const paragraphs = `${count} ${count === 1 ? 'paragraph' : 'paragraphs'}${what}${within}`;
  return partial ? `${left}The first ${paragraphs}; searching the older reports…` : `${left}${paragraphs}.`;
}

function showSuggestion(checks: readonly WordCheck[], state: SearchState): void {
  const better = suggestedQuery(checks);
  suggestion.replaceChildren();
  suggestion.hidden = !better;
  if (!better) return;
  const link = document.createElement('a');
  const next = { ...state, q: better };
  link.href = urlFor(next);
  link.textContent = better;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    go(next);
  });
  suggestion.append('Did you mean ', link, '?');
}

function clearResults(): void {
  list.replaceChildren();
  listTools.hidden = true;
  entityList.replaceChildren();
  entitySection.hidden = true;
  more.hidden = true;
  copyList.hidden = true;
  downloadList.hidden = true;
  hint.hidden = true;
}

function finished(mine: number): void {
  document.body.dataset['searchRun'] = String(mine); // lets tests and the bench wait for this search
  document.body.dataset['searchState'] = 'done';
}

/** The index (or a shard of it) could not be loaded: said, and tried again on the next search. */
function indexFailed(mine: number): void {
  pagefind = undefined;
  status.textContent = 'The search index could not be loaded. Browse the reports instead.';
  finished(mine);
  document.body.dataset['facetsState'] = 'done';
}

async function search(state: SearchState, restore?: Partial<Place>): Promise<void> {
  const mine = ++run;
  current = state;
  searchedUrl = location.search;
  document.body.dataset['searchState'] = 'busy';
  document.body.dataset['facetsState'] = 'busy';
  const words = queryWords(state.q);
  const hasFilters = chosenCount(state) > 0;
  if (!words.length && !hasFilters) {
    clearResults();
    suggestion.hidden = true;
    status.textContent = 'Type words to find, or choose a filter.';
    fillFacets(state, undefined);
    finished(mine);
    document.body.dataset['facetsState'] = 'done';
    return;
  }
  pagefind ??= loadPagefind();
  let index: SearchIndex;
  let checks: WordCheck[];
  try {
    [index, checks] = await Promise.all([pagefind, checkWords(words)]);
  } catch {
    indexFailed(mine);
    return;
  }
  if (mine !== run) return;
  const kept = checks.filter((c) => c.found).map((c) => c.word);
  const missing = checks.filter((c) => !c.found).map((c) => c.word);
  // The query as typed, less the words left out: what the status says was searched.
  const typed = state.q.split(/\s+/).filter((chunk) => queryWords(chunk).every((w) => !missing.includes(w))).join(' ').replace(/^"|"$/g, '');
  // An exact phrase stays one ("…"), with only the words the index has.
  const exact = /^\s*".+"\s*$/.test(state.q);
  const term = kept.length ? (exact ? `"${kept.join(' ')}"` : kept.join(' ')) : '';
  highlightFallback = kept.join(' ');
  const sort = state.sort ? { date: state.sort === 'date-desc' ? 'desc' : 'asc' } : undefined;
  const options = { filters: paragraphFilters(state), ...(sort ? { sort } : {}) };
  const wordSets = await wordShardSets(index, kept);
  if (mine !== run) return;
  const plan = term || hasFilters ? planFor(index, state, wordSets) : [];
  // The first shards, until there is a page of results (or as many as Back had loaded).
  const wanted = Math.max(PAGE, restore?.loaded ?? 0);
  const found: PagefindSearch = { results: [], filters: {} };
  let searched = 0;
  try {
    while (searched < plan.length && found.results.length < wanted) {
      const next = await searchShards(index, [plan[searched]!], term || null, options, mine);
      if (!next) return; // a newer search started meanwhile
      found.results.push(...next.results);
      addCounts(found.filters, next.filters);
      searched += 1;
    }
  } catch {
    indexFailed(mine);
    return;
  }
  await rendering; // let a page being appended finish before the list is replaced
  if (mine !== run) return;
  clearResults();
  shown = found.results;
  await renderMore(false);
  // Back or reload: as many results as were loaded, then the scroll position.
  while (restore?.loaded && list.children.length < Math.min(restore.loaded, shown.length)) await renderMore(false);
  if (mine !== run) return;
  if (restore?.scrollY) window.scrollTo(0, restore.scrollY);
  const complete = searched === plan.length;
  // Said where it holds: results from more than one shard, in relevance order.
  const order = plan.length > 1 && !state.sort ? ' Newer reports come first, and within them the best matches.' : '';
  status.textContent = `${describe(state, shown.length, term ? typed : '', missing, !complete)}${complete && shown.length ? order : ''}`;
  showSuggestion(checks, state);
  if (complete) showAbsence(state, shown.length);
  finished(mine);
  // The search is done when its first results are shown (a keystroke waits for no more); after
  // them: the other shards, then the pages about entities, and every filter's counts.
  void (async () => {
    if (!complete) {
      const rest = await searchShards(index, plan.slice(searched), term || null, options, mine);
      if (!rest) return;
      shown.push(...rest.results);
      addCounts(found.filters, rest.filters);
      more.hidden = list.children.length >= shown.length;
      listTools.hidden = copyList.hidden && more.hidden;
      status.textContent = `${describe(state, shown.length, term ? typed : '', missing)}${shown.length ? order : ''}`;
      showAbsence(state, shown.length);
    }
    // The entity pages are in the first shard: not searched when no word of the query is in it.
    const entitiesPossible = wordSets.every((set) => !set || set.includes(0));
    const entities = term && entitiesPossible ? await index.shard(0).search(term, { filters: entityFilters() }) : null;
    if (mine !== run) return;
    await renderEntities(entities?.results ?? []);
    await fillCounts(index, state, term, wordSets, plan, found.filters, mine);
  })().catch(() => {
    // A shard that fails to load after the first results: said, as when the index fails.
    if (mine === run) indexFailed(mine);
  });
}

/**
 * Each filter's counts: for a filter with values chosen, the counts without that filter (what
 * ticking another value would give, as values of one filter are OR'd); for the rest, the
 * counts of the results themselves. Summed over the shards (each record is in one).
 */
async function fillCounts(index: SearchIndex, state: SearchState, term: string, wordSets: readonly (number[] | undefined)[], plan: readonly number[], counts: PagefindSearch['filters'], mine: number): Promise<void> {
  // While the words are still being typed, a newer search is coming: let it have Pagefind first.
  await new Promise((resolve) => window.setTimeout(resolve, 120));
  if (mine !== run) return;
  if (!filterValues) {
    // Every value of every filter, from every shard (each lists the values its records have).
    const values: PagefindSearch['filters'] = {};
    for (const [k] of index.manifest.shards.entries()) {
      addCounts(values, await index.shard(k).filters());
      if (mine !== run) return;
    }
    filterValues = values;
  }
  const wanted = term || chosenCount(state);
  // The first search ran before the filter index was loaded: it has counts for the filters it used only.
  const needsAll = FILTERS.some((key) => !(key in counts));
  const base = needsAll && wanted ? (await searchShards(index, plan, term || null, { filters: paragraphFilters(state) }, mine))?.filters : counts;
  if (!base) return;
  const perFilter: Partial<Record<FilterKey, Record<string, number>>> = {};
  for (const key of FILTERS) {
    if (!state.filters[key]?.length) {
      perFilter[key] = base[key] ?? {};
      continue;
    }
    const { [key]: _chosen, ...others } = state.filters;
    const without = await searchShards(index, planFor(index, { ...state, filters: others }, wordSets), term || null, { filters: paragraphFilters(state, key) }, mine);
    if (!without) return;
    perFilter[key] = without.filters[key] ?? {};
  }
  if (mine !== run) return;
  fillFacets(state, wanted ? perFilter : undefined);
  document.body.dataset['facetsState'] = 'done';
}

/** Pagefind, one instance per shard of the index (created when first searched), and the shards' manifest. */
async function loadPagefind(): Promise<SearchIndex> {
  const url = '/pagefind/pagefind.js';
  const [module, manifest] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<PagefindModule>,
    fetch('/pagefind/shards.json').then((r) => {
      if (!r.ok) throw new Error(`shards.json: ${r.status}`);
      return r.json() as Promise<ShardManifest>;
    }),
  ]);
  const instances = new Map<number, Pagefind>();
  const shard = (k: number): Pagefind => {
    if (!instances.has(k)) {
      const instance = module.createInstance({ basePath: `/pagefind/${manifest.shards[k]!.path}` });
      void instance.options({ excerptLength: 36 });
      instances.set(k, instance);
    }
    return instances.get(k)!;
  };
  return { manifest, shard };
}

/** A new search from the form or a link: a new history entry. */
function go(state: SearchState): void {
  history.pushState({ loaded: PAGE, scrollY: 0 }, '', urlFor(state));
  fillForm(state);
  void search(state);
}

// A keystroke searches at once, with no timer; keystrokes made while a search is on its way to
// its first results become one search after it, so Pagefind never queues stale queries.
let typing = false;
let typedAgain = false;
input.addEventListener('input', () => {
  typedAgain = true;
  if (typing) return;
  typing = true;
  void (async () => {
    try {
      while (typedAgain) {
        typedAgain = false;
        const state = readForm();
        history.replaceState({ loaded: PAGE, scrollY: 0 }, '', urlFor(state));
        await search(state);
      }
    } finally {
      typing = false;
    }
  })();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readForm());
});
sortSelect.addEventListener('change', () => go(readForm()));
filtersBox.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('.facet input')) go(readForm());
});
more.addEventListener('click', () => void renderMore());

/** Every paragraph among the results, not only those shown, as CSV: the columns of an entity's mentions.csv. */
async function downloadResults(): Promise<void> {
  downloadList.disabled = true;
  try {
    const [{ paragraphListCsv, paragraphListLabel }, all] = await Promise.all([
      import('../lib/paragraph-list-csv'),
      Promise.all(shown.map((r) => r.data())),
    ]);
    // An inert template: the excerpt (escaped text with <mark>) read back as plain text, nothing loaded or run.
    const text = document.createElement('template');
    const rows = all.filter((d) => d.meta['report'] && d.meta['paragraph']).map((d) => {
      text.innerHTML = excerptOf(d).html;
      const { year = '', session = '', report = '', paragraph = '' } = d.meta;
      return { year, session, report, paragraph, label: paragraphListLabel(year, paragraph), url: new URL(d.meta['href'] ?? d.url, location.origin).href, excerpt: text.content.textContent ?? '' };
    });
    const save = document.createElement('a');
    save.href = URL.createObjectURL(new Blob([paragraphListCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    save.download = 'search-results.csv';
    save.click();
    setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
    status.textContent = `${rows.length} ${rows.length === 1 ? 'paragraph' : 'paragraphs'} saved as CSV.`;
  } catch {
    status.textContent = 'The results could not be saved as CSV.';
  } finally {
    downloadList.disabled = false;
  }
}
downloadList.addEventListener('click', () => void downloadResults());
window.addEventListener('popstate', () => {
  // A move within the page (the skip link's #search-main) is no new search.
  if (location.search === searchedUrl) return;
  const state = readSearchParams(new URLSearchParams(location.search));
  fillForm(state);
  void search(state, place());
});

fillForm(current);
void search(current, place());
export {};
