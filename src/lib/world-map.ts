// A static, accessible SVG world map shaded by how often each country is mentioned; built at build
// time, no client-side JS. Reads the Natural Earth 1:110m countries from world-atlas (TopoJSON,
// features keyed by ISO 3166-1 numeric) and maps them to alpha-3 through world-countries' ccn3.
// Writes one <svg> string: counted countries are <a href> links with an accessible name and a
// step-N class; the rest are aria-hidden step-0 paths. Colours live in CSS only (worldMapCss).
// Guards: every text and attribute value is XML-escaped; bad input (unknown or repeated ISO3,
// negative or fractional counts) throws instead of being drawn wrong; the atlas is checked once so
// an unidentified shape fails loudly. Projected paths are computed once per process and size.
//
// Shading is a log scale anchored at 1 and at the largest count: step k holds counts up to
// max^(k/steps). Mention counts are heavy-tailed (a few countries named hundreds of times, many
// once or twice), so linear steps would leave almost everyone in step 1. Quantiles spread colours
// evenly but split or merge tied counts arbitrarily, and a country's step would depend on how many
// others happen to sit near it. On a log scale equal counts always share a step, count 1 is always
// step 1, the top count is always the top step, and the legend reads as orders of magnitude
// (1–3, 4–9, 10–30, 31–95, 96–300 for max 300). Steps with no whole count in them stay empty.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-110m.json' with { type: 'json' };
import gazetteer from 'world-countries';

export interface MapCountry {
  /** ISO 3166-1 alpha-3 as world-countries spells it (Kosovo is UNK). */
  iso3: string;
  /** Name used in the link's accessible name and tooltip. */
  name: string;
  /** Mentions; 0 draws the country unshaded and without a link. */
  count: number;
  /** Link target, e.g. /countries/nigeria/. */
  href: string;
}

export interface Options {
  /** viewBox width in user units; the <svg> has no width attribute, CSS scales it. */
  width?: number;
  /** viewBox height; by default what the projection needs at `width` (≈ 0.44 × width). */
  height?: number;
  /** Number of shading steps for counted countries (classes step-1 … step-N). */
  steps?: number;
  /** Accessible name of the map (its <title>). */
  title?: string;
  /** Prefix of the <title>/<desc> ids; give each map on one page its own. */
  id?: string;
  /** ISO3 codes left off the map entirely (and reported in notDrawn when counted). */
  omit?: string[];
}

/** Counts min…max (inclusive) are shaded step `step`; empty steps are left out. */
export interface LegendStep { step: number; min: number; max: number }

export interface WorldMap {
  svg: string;
  /** Counted countries drawn as links, in link (document) order: by name. */
  drawn: string[];
  /** Counted countries with no shape at this resolution (or omitted), by name: list them below. */
  notDrawn: string[];
  /** Count ranges per step, for a legend. */
  legend: LegendStep[];
}

const ISO3 = /^[A-Z]{3}$/;
const byName = new Intl.Collator('en').compare;

export function worldMapSvg(
  countries: MapCountry[],
  {
    width = 960,
    height,
    steps = 5,
    title = 'Countries by number of mentions',
    id = 'world-map',
    omit = ['ATA'],
  }: Options = {},
): WorldMap {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps must be a positive integer, got ${steps}`);
  checkCountries(countries);
  const { shapes, height: viewHeight } = projectedShapes(width, height, omit);

  const counted = countries.filter((c) => c.count > 0).sort((a, b) => byName(a.name, b.name) || cmp(a.iso3, b.iso3));
  const max = Math.max(0, ...counted.map((c) => c.count));
  const legend = legendSteps(max, steps);
  const linked = counted.filter((c) => shapes.has(c.iso3));
  const linkedCodes = new Set(linked.map((c) => c.iso3));

  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${width} ${viewHeight}" role="group" aria-labelledby="${esc(id)}-title" aria-describedby="${esc(id)}-desc">`,
    `<title id="${esc(id)}-title">${esc(title)}</title>`,
    `<desc id="${esc(id)}-desc">${esc(describe(legend))}</desc>`,
    '<g aria-hidden="true">',
    ...[...shapes].filter(([iso3]) => !linkedCodes.has(iso3)).map(([, d]) => `<path class="step-0" d="${d}"/>`),
    '</g>',
    ...linked.map((c) => {
      const label = esc(accessibleName(c));
      const step = legend.find((l) => c.count <= l.max)!.step;
      return `<a href="${esc(c.href)}" aria-label="${label}"><title>${label}</title><path class="step-${step}" d="${shapes.get(c.iso3)}"/></a>`;
    }),
    '</svg>',
  ];
  return {
    svg: lines.join('\n'),
    drawn: linked.map((c) => c.iso3),
    notDrawn: counted.filter((c) => !linkedCodes.has(c.iso3)).map((c) => c.iso3),
    legend,
  };
}

/** Step k covers counts up to ⌊max^(k/steps)⌋ (integer breaks, so no floating-point edge cases). */
function legendSteps(max: number, steps: number): LegendStep[] {
  const legend: LegendStep[] = [];
  let min = 1;
  for (let step = 1; step <= steps && min <= max; step++) {
    const upper = step === steps ? max : Math.floor(max ** (step / steps) + 1e-9);
    if (upper >= min) legend.push({ step, min, max: upper });
    min = Math.max(min, upper + 1);
  }
  return legend;
}

function describe(legend: LegendStep[]): string {
  if (legend.length === 0) return 'No country is mentioned.';
  const ranges = legend.map((l) => (l.min === l.max ? fmt(l.min) : `${fmt(l.min)}–${fmt(l.max)}`));
  return `Each shaded country links to its page. The shade grows with the number of mentions: ${ranges.join(', ')}. Countries without mentions are not shaded.`;
}

function accessibleName({ name, count }: MapCountry): string {
  return `${name}: ${fmt(count)} mention${count === 1 ? '' : 's'}`;
}

const fmt = (n: number): string => n.toLocaleString('en');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkCountries(countries: MapCountry[]): void {
  const seen = new Set<string>();
  for (const c of countries) {
    if (!ISO3.test(c.iso3)) throw new RangeError(`iso3 must be three capital letters, got ${JSON.stringify(c.iso3)}`);
    if (!knownIso3.has(c.iso3)) throw new RangeError(`iso3 ${c.iso3} is not a world-countries code`);
    if (seen.has(c.iso3)) throw new RangeError(`iso3 ${c.iso3} appears twice`);
    seen.add(c.iso3);
    if (!Number.isInteger(c.count) || c.count < 0) {
      throw new RangeError(`count of ${c.iso3} must be a non-negative integer, got ${c.count}`);
    }
    if (c.count > 0 && c.href === '') throw new RangeError(`href of ${c.iso3} is empty`);
  }
}

// ---- the atlas: loaded, identified and projected once per process ----

const knownIso3 = new Set(gazetteer.map((c) => c.cca3));
/** ISO 3166-1 numeric (unpadded) → alpha-3. */
const iso3ByNumeric = new Map(gazetteer.filter((c) => c.ccn3 !== '').map((c) => [String(Number(c.ccn3)), c.cca3]));

/**
 * Natural Earth shapes without an ISO numeric code. Kosovo has a gazetteer code (UNK) of its own;
 * Somaliland and Northern Cyprus are drawn as part of Somalia and Cyprus, as UN texts treat them.
 */
const UNNUMBERED: Record<string, { iso3: string } | { partOf: string }> = {
  Kosovo: { iso3: 'UNK' },
  Somaliland: { partOf: '706' },
  'N. Cyprus': { partOf: '196' },
};

type AtlasGeometry = GeometryCollection<{ name: string }>['geometries'][number];

/** One GeoJSON feature per alpha-3 code, in atlas order. */
function atlasFeatures(): Map<string, Feature<Geometry>> {
  const topology = atlasJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const parts = new Map<string, AtlasGeometry[]>();
  for (const geometry of topology.objects.countries.geometries) {
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? '';
    const special = geometry.id === undefined ? UNNUMBERED[name] : undefined;
    if (geometry.id === undefined && !special) throw new Error(`world-atlas shape ${JSON.stringify(name)} has no ISO numeric code`);
    const iso3 = special
      ? 'iso3' in special ? special.iso3 : iso3ByNumeric.get(special.partOf)
      : iso3ByNumeric.get(String(Number(geometry.id)));
    if (!iso3) throw new Error(`world-atlas shape ${JSON.stringify(name)} (${geometry.id}) has no world-countries code`);
    parts.set(iso3, [...(parts.get(iso3) ?? []), geometry]);
  }
  const features = new Map<string, Feature<Geometry>>();
  for (const [iso3, geometries] of parts) {
    const geometry: Geometry = geometries.length === 1
      ? (feature(topology, geometries[0]!) as Feature<Geometry>).geometry
      : merge(topology, geometries as Parameters<typeof merge>[1]);
    features.set(iso3, { type: 'Feature', properties: {}, geometry });
  }
  return features;
}

let features: Map<string, Feature<Geometry>> | undefined;
const projected = new Map<string, { shapes: Map<string, string>; height: number }>();

/** SVG path data per alpha-3, sorted by code, rounded to 0.1 user unit; memoized per size and omit list. */
function projectedShapes(width: number, height: number | undefined, omit: string[]) {
  if (!(width > 0) || (height !== undefined && !(height > 0))) {
    throw new RangeError(`width and height must be positive, got ${width} × ${height}`);
  }
  const key = JSON.stringify([width, height, [...omit].sort()]);
  const cached = projected.get(key);
  if (cached) return cached;

  features ??= atlasFeatures();
  const kept = [...features].filter(([iso3]) => !omit.includes(iso3)).sort(([a], [b]) => cmp(a, b));
  const collection: FeatureCollection = { type: 'FeatureCollection', features: kept.map(([, f]) => f) };
  const margin = 1; // keeps border strokes inside the viewBox
  const projection = geoEqualEarth();
  let viewHeight = height;
  if (viewHeight === undefined) {
    projection.fitWidth(width - 2 * margin, collection);
    const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
    viewHeight = Math.ceil(bottom - top + 2 * margin);
  }
  projection.fitExtent([[margin, margin], [width - margin, viewHeight - margin]], collection);
  const path = geoPath(projection).digits(1);
  const shapes = new Map<string, string>();
  for (const [iso3, f] of kept) {
    const d = path(f);
    if (d) shapes.set(iso3, compactPath(d));
  }
  const result = { shapes, height: viewHeight };
  projected.set(key, result);
  return result;
}

/**
 * Rewrites d3's absolute path data (M/L/Z, one decimal) as relative line-tos in the shortest
 * number syntax, roughly halving it: "M458.4,199.4L458.7,199.1L459.5,199.7Z" → "M458.4 199.4l.3-.3.8.6z".
 * Works in integer tenths, so the points are exactly the rounded ones (no drift); drops repeats.
 */
export function compactPath(d: string): string {
  const parts: string[] = [];
  let last = ''; // the number written last; '' right after a command letter
  const put = (text: string): void => {
    parts.push(needsSeparator(last, text) ? ` ${text}` : text);
    last = text;
  };
  const command = (letter: string): void => {
    parts.push(letter);
    last = '';
  };
  let [x, y] = [0, 0];
  let inLineRun = false;
  for (const [, letter, xs, ys] of d.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
    if (letter === 'Z') {
      command('z');
      inLineRun = false;
      continue;
    }
    const [nx, ny] = [Math.round(Number(xs) * 10), Math.round(Number(ys) * 10)];
    if (letter === 'M') {
      command('M');
      put(tenths(nx));
      put(tenths(ny));
      inLineRun = false;
    } else if (nx !== x || ny !== y) {
      if (!inLineRun) command('l');
      put(tenths(nx - x));
      put(tenths(ny - y));
      inLineRun = true;
    }
    [x, y] = [nx, ny];
  }
  return parts.join('');
}

/** 15 → "1.5", 3 → ".3", -3 → "-.3", 20 → "2", 0 → "0". */
function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(n) / 10);
  const frac = Math.abs(n) % 10;
  return `${sign}${whole === 0 && frac !== 0 ? '' : whole}${frac === 0 ? '' : `.${frac}`}`;
}

/** After "1.5", ".3" starts a new number by itself, and "-" always does; otherwise a space is needed. */
function needsSeparator(last: string, next: string): boolean {
  if (last === '' || next.startsWith('-')) return false;
  return !(next.startsWith('.') && last.includes('.'));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for SVG character data and double-quoted attributes (valid XML and HTML alike). */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

// ---- default styles ----

/**
 * Default colours as custom properties (light and dark), overridable from the site's :root.
 * Every shaded step has ≥ 3:1 contrast with the page background (WCAG 1.4.11): light steps run
 * from 3.3:1 to 13:1 on #fdfcf9, dark steps from 3.2:1 to 13:1 on #17181a, where more mentions
 * mean a stronger contrast with the page (darker in light mode, lighter in dark mode).
 * Styles steps 1–5, the default `steps`; a map with more steps needs rules of its own.
 */
export const worldMapCss = `
:where(:root) {
  --world-map-land: #e9e6de;
  --world-map-border: var(--bg, #fdfcf9);
  --world-map-focus: var(--focus, #1a5fb4);
  --world-map-step-1: #6190c1;
  --world-map-step-2: #3b77b1;
  --world-map-step-3: #175d9b;
  --world-map-step-4: #00457b;
  --world-map-step-5: #002f58;
}
@media (prefers-color-scheme: dark) {
  :where(:root) {
    --world-map-land: #2e2f33;
    --world-map-border: var(--bg, #17181a);
    --world-map-focus: var(--focus, #8cc4ff);
    --world-map-step-1: #3e6c9b;
    --world-map-step-2: #5287bd;
    --world-map-step-3: #6da3da;
    --world-map-step-4: #94bfed;
    --world-map-step-5: #c3defb;
  }
}
.world-map { display: block; width: 100%; height: auto; }
.world-map path {
  fill: var(--world-map-land);
  stroke: var(--world-map-border);
  stroke-width: 0.5px;
  stroke-linejoin: round;
}
.world-map .step-1 { fill: var(--world-map-step-1); }
.world-map .step-2 { fill: var(--world-map-step-2); }
.world-map .step-3 { fill: var(--world-map-step-3); }
.world-map .step-4 { fill: var(--world-map-step-4); }
.world-map .step-5 { fill: var(--world-map-step-5); }
.world-map a:hover path { stroke: var(--world-map-focus); stroke-width: 1.5px; }
.world-map a:focus-visible { outline: 2px solid var(--world-map-focus); outline-offset: 1px; }
.world-map a:focus-visible path { stroke: var(--world-map-focus); stroke-width: 2px; }
@media (forced-colors: active) {
  .world-map path { fill: Canvas; stroke: CanvasText; }
  .world-map a path { fill: LinkText; }
  .world-map a:focus-visible { outline-color: Highlight; }
}
`.trim();
