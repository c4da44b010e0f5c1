import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { compactPath, worldMapCss, worldMapSvg, type MapCountry } from '../../../src/lib/world-map';

const country = (iso3: string, name: string, count: number): MapCountry => ({
  iso3, name, count, href: `/countries/${iso3.toLowerCase()}/`,
});

/** Parses the SVG the way a browser does when it is inlined in an HTML page. */
const parse = (svg: string) => fromHtml(svg, { fragment: true });
const links = (svg: string) => selectAll('a', parse(svg));
const stepOf = (link: Element) => Number(/step-(\d+)/.exec(String(select('path', link)!.properties.className))![1]);

// 120 countries with a heavy-tailed spread of counts, as the reports produce.
const drawnCodes = [
  'AFG', 'AGO', 'ALB', 'ARE', 'ARG', 'ARM', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BFA', 'BGD', 'BGR',
  'BIH', 'BLR', 'BOL', 'BRA', 'BWA', 'CAF', 'CAN', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COL',
  'CRI', 'CUB', 'CZE', 'DEU', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESP', 'EST', 'ETH', 'FIN', 'FRA',
  'GAB', 'GBR', 'GEO', 'GHA', 'GIN', 'GMB', 'GRC', 'GTM', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IND', 'IRL',
  'IRN', 'IRQ', 'ISR', 'ITA', 'JAM', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KOR', 'KWT', 'LAO', 'LBN',
  'LBR', 'LBY', 'LKA', 'LTU', 'LVA', 'MAR', 'MDA', 'MDG', 'MEX', 'MKD', 'MLI', 'MMR', 'MNE', 'MNG', 'MOZ',
  'MRT', 'MWI', 'MYS', 'NER', 'NGA', 'NIC', 'NLD', 'NOR', 'NPL', 'NZL', 'OMN', 'PAK', 'PAN', 'PER', 'PHL',
  'POL', 'PRT', 'PRY', 'QAT', 'ROU', 'RUS', 'RWA', 'SAU', 'SEN', 'SLE', 'SRB', 'SWE', 'THA', 'UKR', 'USA',
];
const realistic = drawnCodes.map((iso3, i) => country(iso3, `Country ${iso3}`, Math.max(1, Math.round(400 / (i + 1) ** 1.3))));

describe('links', () => {
  test('only countries with mentions are links, with their href and accessible name', () => {
    const { svg } = worldMapSvg([country('NGA', 'Nigeria', 12), country('FRA', 'France', 0), country('BRA', 'Brazil', 1)]);
    const found = links(svg).map((a) => [a.properties.href, a.properties.ariaLabel, toString(select('title', a)!)]);
    expect(found).toEqual([
      ['/countries/bra/', 'Brazil: 1 mention', 'Brazil: 1 mention'],
      ['/countries/nga/', 'Nigeria: 12 mentions', 'Nigeria: 12 mentions'],
    ]);
  });

  test('countries without mentions are plain step-0 paths hidden from assistive technology', () => {
    const tree = parse(worldMapSvg([country('NGA', 'Nigeria', 12), country('FRA', 'France', 0)]).svg);
    const hidden = select('g[aria-hidden="true"]', tree)!;
    const plain = selectAll('path', hidden);
    expect(plain.every((p) => String(p.properties.className) === 'step-0')).toBe(true);
    expect(selectAll('a', hidden)).toEqual([]);
    // Every atlas shape once: 177 at 1:110m, less Somaliland and N. Cyprus (merged) and Antarctica (omitted).
    expect(plain.length + links(worldMapSvg([country('NGA', 'Nigeria', 12)]).svg).length).toBe(174);
  });

  test('the map is a labelled group with a viewBox and no fixed size', () => {
    const svg = select('svg', parse(worldMapSvg([], { title: 'Mentions', id: 'cop12-map' }).svg))!;
    expect(svg.properties).toMatchObject({ role: 'group', ariaLabelledBy: ['cop12-map-title'], viewBox: '0 0 960 423' });
    expect(svg.properties.width).toBeUndefined();
    expect(toString(select('#cop12-map-title', svg)!)).toBe('Mentions');
  });

  test('links come in name order whatever the input order', () => {
    const input = [country('ZAF', 'South Africa', 3), country('AUT', 'Austria', 2), country('CIV', "Côte d'Ivoire", 1)];
    expect(worldMapSvg(input).drawn).toEqual(['AUT', 'CIV', 'ZAF']);
  });

  test('Kosovo, which has no ISO numeric code in the atlas, is drawn as UNK', () => {
    expect(worldMapSvg([country('UNK', 'Kosovo', 4)]).drawn).toEqual(['UNK']);
  });
});

describe('shading', () => {
  test('step classes never decrease as counts grow, from step 1 to the top step', () => {
    const { svg } = worldMapSvg(realistic);
    const byHref = new Map(realistic.map((c) => [c.href, c.count]));
    const pairs = links(svg).map((a) => [byHref.get(String(a.properties.href))!, stepOf(a)] as const)
      .sort(([a], [b]) => a - b);
    pairs.slice(1).forEach(([, step], i) => expect(step).toBeGreaterThanOrEqual(pairs[i]![1]));
    expect(pairs[0]![1]).toBe(1);
    expect(pairs.at(-1)![1]).toBe(5);
  });

  test.each([
    [300, 5, [[1, 3], [4, 9], [10, 30], [31, 95], [96, 300]]],
    [32, 5, [[1, 2], [3, 4], [5, 8], [9, 16], [17, 32]]],
    [3, 5, [[1, 1], [2, 2], [3, 3]]],
    [1, 5, [[1, 1]]],
    [50, 1, [[1, 50]]],
  ])('a largest count of %i in %i steps gives the ranges %j', (max, steps, ranges) => {
    const { legend } = worldMapSvg([country('NGA', 'Nigeria', max)], { steps });
    expect(legend.map((l) => [l.min, l.max])).toEqual(ranges);
  });

  test('equal counts share a step', () => {
    const { svg } = worldMapSvg([country('NGA', 'Nigeria', 7), country('NER', 'Niger', 7), country('USA', 'USA', 90)]);
    const [niger, nigeria] = links(svg);
    expect(stepOf(niger!)).toBe(stepOf(nigeria!));
  });

  test('colours live in CSS classes, not in the SVG', () => {
    expect(worldMapSvg(realistic).svg).not.toMatch(/fill=|stroke=|style=|#[0-9a-f]{6}/i);
  });
});

describe('countries without a shape', () => {
  test('a small state absent from the 1:110m atlas is reported in notDrawn and not linked', () => {
    const result = worldMapSvg([country('BHR', 'Bahrain', 5), country('SGP', 'Singapore', 2), country('NGA', 'Nigeria', 1)]);
    expect(result.notDrawn).toEqual(['BHR', 'SGP']);
    expect(result.drawn).toEqual(['NGA']);
    expect(result.svg).not.toContain('Bahrain');
  });

  test('an omitted country is reported in notDrawn', () => {
    expect(worldMapSvg([country('ATA', 'Antarctica', 1)]).notDrawn).toEqual(['ATA']);
    expect(worldMapSvg([country('ATA', 'Antarctica', 1)], { omit: [] }).drawn).toEqual(['ATA']);
  });

  test('a country without mentions is neither drawn nor notDrawn', () => {
    expect(worldMapSvg([country('BHR', 'Bahrain', 0)])).toMatchObject({ drawn: [], notDrawn: [] });
  });
});

describe('escaping', () => {
  test('names, hrefs and the title are escaped and read back unchanged', () => {
    const input = [{ iso3: 'CIV', name: `Côte d'Ivoire <"&">`, count: 2, href: '/c/?a=1&b="2"' }];
    const { svg } = worldMapSvg(input, { title: `Where "it" <happens> & why` });
    expect(svg).toContain('aria-label="Côte d&#39;Ivoire &lt;&quot;&amp;&quot;&gt;: 2 mentions"');
    const [link] = links(svg);
    expect(link!.properties).toMatchObject({ href: '/c/?a=1&b="2"', ariaLabel: `Côte d'Ivoire <"&">: 2 mentions` });
    expect(toString(select('title', parse(svg))!)).toBe(`Where "it" <happens> & why`);
  });
});

describe('input', () => {
  test.each([
    ['an unknown code', [country('XYZ', 'Nowhere', 1)], 'XYZ is not a world-countries code'],
    ['a lower-case code', [country('nga', 'Nigeria', 1)], 'three capital letters, got "nga"'],
    ['a repeated code', [country('NGA', 'Nigeria', 1), country('NGA', 'Nigeria', 2)], 'NGA appears twice'],
    ['a negative count', [country('NGA', 'Nigeria', -1)], 'non-negative integer, got -1'],
    ['a fractional count', [country('NGA', 'Nigeria', 1.5)], 'non-negative integer, got 1.5'],
    ['an empty href', [{ ...country('NGA', 'Nigeria', 1), href: '' }], 'href of NGA is empty'],
  ])('rejects %s', (_, input, message) => {
    expect(() => worldMapSvg(input)).toThrow(message);
  });

  test('rejects zero steps', () => {
    expect(() => worldMapSvg([], { steps: 0 })).toThrow('positive integer, got 0');
  });
});

describe('output', () => {
  test('the same countries give the same string, in any order', () => {
    const once = worldMapSvg(realistic).svg;
    expect(worldMapSvg([...realistic].reverse()).svg).toBe(once);
  });

  test('a realistic map of 120 countries stays under 100 KB', () => {
    const { svg, drawn } = worldMapSvg(realistic);
    expect(drawn).toHaveLength(120);
    expect(svg.length).toBeLessThan(100_000);
  });

  test.each([
    ['relative line-tos in tenths', 'M458.4,199.4L458.7,199.1L459.5,199.7Z', 'M458.4 199.4l.3-.3.8.6z'],
    ['repeated points dropped', 'M1,1L1,1L2,1Z', 'M1 1l1 0z'],
    ['spaces only where numbers would run together', 'M0,0L0.5,0L2.5,0.5L2,0L-1,3Z', 'M0 0l.5 0 2 .5-.5-.5-3 3z'],
    ['each ring starts absolute', 'M10,10L10,12ZM20,20L21,20Z', 'M10 10l0 2zM20 20l1 0z'],
  ])('compactPath writes %s', (_, d, expected) => {
    expect(compactPath(d)).toBe(expected);
  });
});

describe('default CSS', () => {
  // WCAG relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const [light, dark] = worldMapCss.split('@media (prefers-color-scheme: dark)');

  test.each([
    ['light', light!, '#fdfcf9'],
    ['dark', dark!, '#17181a'],
  ])('every shaded step has 3:1 contrast with the %s background, rising with the step', (_, block, background) => {
    const steps = [...block.matchAll(/--world-map-step-\d: (#[0-9a-f]{6})/g)].map((m) => contrast(m[1]!, background));
    expect(steps).toHaveLength(5);
    steps.forEach((ratio, i) => {
      expect(ratio).toBeGreaterThanOrEqual(3);
      if (i > 0) expect(ratio).toBeGreaterThan(steps[i - 1]!);
    });
  });

  test('links show a focus outline', () => {
    expect(worldMapCss).toMatch(/\.world-map a:focus-visible \{ outline: 2px solid/);
  });
});
