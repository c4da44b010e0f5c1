// The search page: runs Pagefind in the browser, keeps the query, filters and order in the URL
// (so a search can be linked, reloaded and navigated with Back), shows filter counts, announces
// the result count, and links each result to its paragraph with the terms to highlight there.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

import { absenceAround, absenceSentence } from '../lib/entity-absence';
import { addItemTools, addListTools } from './collect-list';

const FILTERS = ['session', 'year', 'body', 'country', 'programme', 'organization'] as const;
type FilterKey = (typeof FILTERS)[number];
const PAGE = 20;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const sortSelect = document.getElementById('sort') as HTMLSelectElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const labels = JSON.parse(document.getElementById('filter-labels')!.textContent!) as Record<FilterKey, Record<string, string>>;
const entityYears = JSON.parse(document.getElementById('entity-years')?.textContent ?? '{}') as {
  byKind?: Partial<Record<FilterKey, Record<string, string[]>>>;
  sessionYears?: Record<string, string>;
};
const hint = document.getElementById('search-hint') as HTMLElement;
const citations = JSON.parse(document.getElementById('citation-templates')?.textContent ?? '{}') as Record<string, string>;
const copyList = addListTools(list, 'Search results');
copyList.hidden = true; // until there are paragraphs to copy
const downloadList = document.createElement('button');
downloadList.type = 'button';
downloadList.className = 'button download-list';
downloadList.textContent = 'Download all results (CSV)';
downloadList.hidden = true;
copyList.after(downloadList);
const selects = Object.fromEntries(FILTERS.map((key) => [key, document.getElementById(`filter-${key}`) as HTMLSelectElement])) as Record<FilterKey, HTMLSelectElement>;

let pagefind: Pagefind | undefined;
let run = 0;
let shown: PagefindSearch['results'] = [];
let query = '';

interface State { q: string; sort: string; filters: Partial<Record<FilterKey, string>> }

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, 200), sort: params.get('sort') ?? '', filters };
}

function readForm(): State {
  const filters: State['filters'] = {};
  for (const key of FILTERS) if (selects[key].value) filters[key] = selects[key].value;
  return { q: input.value.trim().slice(0, 200), sort: sortSelect.value, filters };
}

function urlFor(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTERS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort) params.set('sort', state.sort);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

function fillForm(state: State): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const key of FILTERS) ensureOption(selects[key], state.filters[key] ?? '');
}

function ensureOption(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.add(new Option(labels[select.dataset.filter as FilterKey]?.[value] ?? value, value));
  }
  select.value = value;
}

/** Options "Label (count)" for each filter, from the counts of the current results. */
function fillFacets(counts: PagefindSearch['filters'], state: State): void {
  for (const key of FILTERS) {
    const select = selects[key];
    const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || value === state.filters[key]);
    const name = (value: string) => labels[key]?.[value] ?? value;
    values.sort(([a, x], [b, y]) => (key === 'session' || key === 'year' ? a.localeCompare(b) : y - x || name(a).localeCompare(name(b))));
    select.replaceChildren(new Option('Any', ''), ...values.map(([value, n]) => new Option(`${name(value)} (${n})`, value)));
    select.value = state.filters[key] ?? '';
  }
}

function landingUrl(url: string, q: string): string {
  const target = new URL(url, location.origin);
  if (q) target.searchParams.set('highlight', q.replace(/["“”]/g, ''));
  return `${target.pathname}${target.search}${target.hash}`;
}

let rendering: Promise<void> = Promise.resolve();

/** Appends the next page of results; calls are queued so pages never interleave. */
function renderMore(): Promise<void> {
  rendering = rendering.then(renderNextPage, renderNextPage);
  return rendering;
}

async function renderNextPage(): Promise<void> {
  const start = list.children.length;
  if (start >= shown.length) return;
  more.disabled = true;
  const page = await Promise.all(shown.slice(start, start + PAGE).map((r) => r.data()));
  for (const data of page) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // The record's own address (a paragraph's has a hash); the index page's URL is its path.
    const href = data.meta['href'] ?? data.url;
    link.href = landingUrl(href, query);
    link.textContent = data.meta['title'] ?? href;
    const heading = document.createElement('h2');
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the indexed text and adds only <mark>
    item.append(heading, excerpt);
    list.append(item);
    // A paragraph can be linked, cited and collected; an entity page is only linked.
    const report = data.meta['report'];
    if (report && data.meta['paragraph']) {
      item.dataset.para = `para. ${data.meta['paragraph']}`;
      item.dataset.url = new URL(href, location.origin).href;
      if (citations[report]) item.dataset.citation = citations[report];
      addItemTools(item);
    }
  }
  copyList.hidden = !list.querySelector('li[data-para]');
  downloadList.hidden = copyList.hidden;
  more.hidden = list.children.length >= shown.length;
  more.disabled = false;
  if (start > 0) (list.children[start]?.querySelector('a') as HTMLElement | null)?.focus();
}

/**
 * A search filtered by an entity and a year (or session) that finds nothing: when the entity was
 * last and is next mentioned, each a link to the same search in that year.
 */
function showAbsence(state: State, count: number): void {
  hint.replaceChildren();
  hint.hidden = true;
  const year = state.filters.year ?? (state.filters.session ? entityYears.sessionYears?.[state.filters.session] : undefined);
  const kind = (['country', 'programme', 'organization'] as const).find((k) => state.filters[k]);
  if (count > 0 || !year || !kind) return;
  const id = state.filters[kind]!;
  const absence = absenceAround(entityYears.byKind?.[kind]?.[id] ?? [], year);
  if (absence.mentioned) return; // mentioned that year, just not with these words
  const name = labels[kind]?.[id] ?? id;
  const linked = (y: string) => {
    const a = document.createElement('a');
    const { session: _session, ...rest } = state.filters;
    a.href = urlFor({ ...state, filters: { ...rest, year: y } });
    a.textContent = y;
    return a;
  };
  const sentence = absenceSentence(name, year, absence);
  // The sentence with each year it names as a link to that year's search.
  const parts = sentence.split(/(\b(?:19|20)\d{2}\b)/);
  hint.append(...parts.map((part, i) => (i % 2 === 1 && part !== year ? linked(part) : part)));
  hint.hidden = false;
}

function describe(state: State, count: number): string {
  const active = FILTERS.filter((k) => state.filters[k]).map((k) => labels[k]?.[state.filters[k]!] ?? state.filters[k]);
  const what = state.q ? `for “${state.q}”` : '';
  const within = active.length ? ` in ${active.join(', ')}` : '';
  if (count === 0) {
    return `No results ${what}${within}.${active.length ? ' Try removing a filter.' : ' Check the spelling, or try fewer or other words.'}`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} ${what}${within}.`;
}

async function search(state: State): Promise<void> {
  const mine = ++run;
  document.body.dataset['searchState'] = 'busy';
  query = state.q;
  const hasFilters = FILTERS.some((k) => state.filters[k]);
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    copyList.hidden = true;
    downloadList.hidden = true;
    hint.hidden = true;
    status.textContent = 'Type words to find, or choose a filter.';
    document.body.dataset['searchRun'] = String(mine);
    document.body.dataset['searchState'] = 'done';
    return;
  }
  try {
    pagefind ??= await loadPagefind();
  } catch {
    status.textContent = 'The search index could not be loaded. Browse the reports instead.';
    return;
  }
  const sort = state.sort ? { date: state.sort === 'date-desc' ? 'desc' : 'asc' } : undefined;
  const filters = Object.fromEntries(FILTERS.filter((k) => state.filters[k]).map((k) => [k, state.filters[k]]));
  const result = await pagefind.search(state.q || null, { filters, ...(sort ? { sort } : {}) });
  if (mine !== run || !result) return; // a newer search started meanwhile
  await rendering; // let a page being appended finish before the list is replaced
  shown = result.results;
  list.replaceChildren();
  fillFacets(result.filters, state);
  await renderMore();
  if (mine !== run) return;
  status.textContent = describe(state, shown.length);
  showAbsence(state, shown.length);
  document.body.dataset['searchRun'] = String(mine); // lets tests and the bench wait for this search
  document.body.dataset['searchState'] = 'done';
}

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  await module.options({ excerptLength: 36 });
  await module.init();
  await module.filters(); // loads the filter index (a few KB), without which results carry no counts
  return module;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    const state = readForm();
    history.replaceState(null, '', urlFor(state));
    void search(state);
  }, 50);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  const state = readForm();
  history.pushState(null, '', urlFor(state));
  void search(state);
});
for (const select of [sortSelect, ...Object.values(selects)]) {
  select.addEventListener('change', () => {
    const state = readForm();
    history.pushState(null, '', urlFor(state));
    void search(state);
  });
}
more.addEventListener('click', () => void renderMore());

/** Every paragraph among the results, not only those shown, as CSV: the columns of an entity's mentions.csv. */
async function downloadResults(): Promise<void> {
  downloadList.disabled = true;
  try {
    const [{ paragraphListCsv, paragraphListLabel }, all] = await Promise.all([
      import('../lib/paragraph-list-csv'),
      Promise.all(shown.map((r) => r.data())),
    ]);
    // An inert template: the excerpt (Pagefind's escaped text with <mark>) read back as plain text, nothing loaded or run.
    const text = document.createElement('template');
    const rows = all.filter((d) => d.meta['report'] && d.meta['paragraph']).map((d) => {
      text.innerHTML = d.excerpt;
      const { year = '', session = '', report = '', paragraph = '' } = d.meta;
      return { year, session, report, paragraph, label: paragraphListLabel(year, paragraph), url: new URL(d.meta['href'] ?? d.url, location.origin).href, excerpt: text.content.textContent ?? '' };
    });
    const save = document.createElement('a');
    save.href = URL.createObjectURL(new Blob([paragraphListCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    save.download = 'search-results.csv';
    save.click();
    setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
    status.textContent = `${describe(readUrl(), shown.length)} ${rows.length} ${rows.length === 1 ? 'paragraph' : 'paragraphs'} saved as CSV.`;
  } catch {
    status.textContent = 'The results could not be saved as CSV.';
  } finally {
    downloadList.disabled = false;
  }
}
downloadList.addEventListener('click', () => void downloadResults());
window.addEventListener('popstate', () => {
  const state = readUrl();
  fillForm(state);
  void search(state);
});

const initial = readUrl();
fillForm(initial);
void search(initial);
export {};
