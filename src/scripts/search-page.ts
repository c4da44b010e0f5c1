// The search page: runs Pagefind in the browser, keeps the query, filters and order in the URL
// (so a search can be linked, reloaded and navigated with Back), checks each word against the
// vocabulary ("Did you mean …?", a word no paragraph contains is named and left out), shows
// paragraphs first and pages about entities as their own group, fills every filter list with its
// counts after the first results are on screen, and keeps the number of results loaded and the
// scroll position in the history entry, so Back and reload return to the same place.

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
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

import { absenceAround, absenceSentence } from '../lib/entity-absence';
import { recordExcerpt } from '../lib/search/excerpt';
import { facetOptions } from '../lib/search/facet-options';
import { FILTER_NAMES } from '../lib/search-labels';
import { chosenCount, ENTITY_KINDS, entityFilters, FILTERS, paragraphFilters, readSearchParams, searchParams, toggled, type FilterKey, type SearchState } from '../lib/search/search-state';
import { checkWord, suggestedQuery, type WordCheck } from '../lib/search/suggest';
import { decodeSources } from '../lib/search/variant-tail';
import { parseVocabulary, vocabularyShard } from '../lib/search/vocabulary';
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

let pagefind: Promise<Pagefind> | undefined;
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

/** A letter's words; an empty list where no word starts with it (404); undefined when it could not be loaded. */
const shards = new Map<string, Promise<Map<string, number> | undefined>>();
function vocabulary(shard: string): Promise<Map<string, number> | undefined> {
  if (!shards.has(shard)) {
    const loaded = fetch(`/pagefind/words/${shard}.txt`).then(
      async (r) => (r.ok ? parseVocabulary(await r.text()) : r.status === 404 ? new Map<string, number>() : undefined),
      () => undefined,
    );
    shards.set(shard, loaded);
    void loaded.then((words) => { if (!words) shards.delete(shard); }); // tried again next time
  }
  return shards.get(shard)!;
}
let stemmer: Promise<(word: string) => string> | undefined;

/** Each query word checked against the vocabulary; the stemmer loads only for a word not found as typed. */
async function checkWords(words: readonly string[]): Promise<WordCheck[]> {
  const vocabularies = await Promise.all(words.map((w) => vocabulary(vocabularyShard(w))));
  // Without its vocabulary a word is searched as typed: never called missing for a failed fetch.
  const check = (w: string, i: number, stem?: (word: string) => string): WordCheck => {
    const words = vocabularies[i];
    return words ? checkWord(w, words, stem) : { word: w, found: true };
  };
  const first = words.map((w, i) => check(w, i));
  if (first.every((c) => c.found)) return first;
  stemmer ??= import('porter2').then((m) => m.stem);
  const stem = await stemmer;
  return words.map((w, i) => (first[i]!.found ? first[i]! : check(w, i, stem)));
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

function describe(state: SearchState, count: number, searched: string, missing: readonly string[]): string {
  const active = FILTERS.flatMap((k) => (state.filters[k] ?? []).map((v) => labelOf(k, v)));
  const what = searched ? ` for “${searched}”` : '';
  const within = active.length ? ` in ${active.join(', ')}` : '';
  if (missing.length && !searched && !active.length) return `No results: no paragraph contains ${quoted(missing)}.`;
  const left = missing.length ? `No paragraph contains ${quoted(missing)}, so ${missing.length === 1 ? 'it was' : 'they were'} left out. ` : '';
  if (count === 0) {
    return `${left}No results${what}${within}.${active.length ? ' Try removing a filter.' : ' Check the spelling, or try fewer or other words.'}`;
  }
  return `${left}${count} ${count === 1 ? 'paragraph' : 'paragraphs'}${what}${within}.`;
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
  let engine: Pagefind;
  let checks: WordCheck[];
  try {
    [engine, checks] = await Promise.all([pagefind, checkWords(words)]);
  } catch {
    pagefind = undefined;
    status.textContent = 'The search index could not be loaded. Browse the reports instead.';
    finished(mine);
    document.body.dataset['facetsState'] = 'done';
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
  const result = term || hasFilters
    ? await engine.search(term || null, { filters: paragraphFilters(state), ...(sort ? { sort } : {}) })
    : { results: [], filters: {} };
  if (mine !== run || !result) return; // a newer search started meanwhile
  await rendering; // let a page being appended finish before the list is replaced
  if (mine !== run) return;
  clearResults();
  shown = result.results;
  await renderMore(false);
  // Back or reload: as many results as were loaded, then the scroll position.
  while (restore?.loaded && list.children.length < Math.min(restore.loaded, shown.length)) await renderMore(false);
  if (mine !== run) return;
  if (restore?.scrollY) window.scrollTo(0, restore.scrollY);
  status.textContent = describe(state, shown.length, term ? typed : '', missing);
  showSuggestion(checks, state);
  showAbsence(state, shown.length);
  finished(mine);
  // After the first results: the pages about entities, and every filter's counts.
  const entities = term ? await engine.search(term, { filters: entityFilters() }) : null;
  if (mine !== run) return;
  await renderEntities(entities?.results ?? []);
  await fillCounts(engine, state, term, result.filters, mine);
}

/**
 * Each filter's counts: for a filter with values chosen, the counts without that filter (what
 * ticking another value would give, as values of one filter are OR'd); for the rest, the
 * counts of the results themselves.
 */
async function fillCounts(engine: Pagefind, state: SearchState, term: string, counts: PagefindSearch['filters'], mine: number): Promise<void> {
  // While the words are still being typed, a newer search is coming: let it have Pagefind first.
  await new Promise((resolve) => window.setTimeout(resolve, 120));
  if (mine !== run) return;
  filterValues ??= await engine.filters();
  if (mine !== run) return;
  // The first search ran before the filter index was loaded: it has counts for the filters it used only.
  const needsAll = FILTERS.some((key) => !(key in counts));
  const base = needsAll && (term || chosenCount(state)) ? (await engine.search(term || null, { filters: paragraphFilters(state) }))?.filters ?? {} : counts;
  const perFilter: Partial<Record<FilterKey, Record<string, number>>> = {};
  for (const key of FILTERS) {
    if (!state.filters[key]?.length) {
      perFilter[key] = base[key] ?? {};
      continue;
    }
    if (mine !== run) return;
    const without = await engine.search(term || null, { filters: paragraphFilters(state, key) });
    perFilter[key] = without?.filters[key] ?? {};
  }
  if (mine !== run) return;
  fillFacets(state, term || chosenCount(state) ? perFilter : undefined);
  document.body.dataset['facetsState'] = 'done';
}

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  await module.options({ excerptLength: 36 });
  await module.init();
  return module;
}

/** A new search from the form or a link: a new history entry. */
function go(state: SearchState): void {
  history.pushState({ loaded: PAGE, scrollY: 0 }, '', urlFor(state));
  fillForm(state);
  void search(state);
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    const state = readForm();
    history.replaceState({ loaded: PAGE, scrollY: 0 }, '', urlFor(state));
    void search(state);
  }, 50);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
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
