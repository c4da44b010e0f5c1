import { expect, test } from 'vitest';
import { headingId, themeLinksFor } from '../../../../src/lib/cross-session/theme-links';

const reports = [{ slug: 'cop6-2012', label: '2012' }, { slug: 'cop8-2016', label: '2016' }, { slug: 'cop12-2024', label: '2024' }];
const theme = { slug: 'victims', name: 'Victims', sections: [
  { report: 'cop6-2012', heading: 'E. Victim protection and support' },
  { report: 'cop8-2016', heading: '6. Victim protection and support' },
  { report: 'cop8-2016', heading: '5. Prevention' },
] };

test('a mapped heading links its theme and the first section of the theme in each other report, by date', () => {
  expect(themeLinksFor('cop6-2012', [theme], reports)).toEqual({
    'E. Victim protection and support': [{ name: 'Victims', href: '/themes/victims/', others: [{ label: '2016', href: '/reports/cop8-2016/#6-victim-protection-and-support' }], more: 0 }],
  });
  expect(Object.keys(themeLinksFor('cop8-2016', [theme], reports))).toEqual(['6. Victim protection and support', '5. Prevention']);
  expect(themeLinksFor('cop12-2024', [theme], reports)).toEqual({});
});

test('the anchor is the one rehype-heading-ids gives: github-slugger, trailing dash dropped', () => {
  expect(headingId('III. Conclusions')).toBe('iii-conclusions');
  expect(headingId('A. Normative work, servicing bodies –')).toBe('a-normative-work-servicing-bodies');
});

test('a line keeps the nearest sessions only, in date order, and counts the rest for the theme page', () => {
  const many = Array.from({ length: 20 }, (_, i) => ({ slug: `r${i}-20${String(i).padStart(2, '0')}`, label: `20${String(i).padStart(2, '0')}` }));
  const wide = { slug: 'w', name: 'W', sections: many.map((r) => ({ report: r.slug, heading: 'H' })) };
  const [line] = themeLinksFor('r10-2010', [wide], many, 4)['H']!;
  expect(line!.others.map((o) => o.label)).toEqual(['2008', '2009', '2011', '2012']);
  expect(line!.more).toBe(15);
});

test('the lines of every report are those of a plain search through every section (nearest by date, ties to the earlier)', () => {
  const many = Array.from({ length: 30 }, (_, i) => ({ slug: `r${i}`, label: String(2000 + i) }));
  // Every third report has a section, some two; the theme lists them out of date order.
  const sections = many.filter((_, i) => i % 3 !== 1).flatMap((r, k) => (k % 4 === 0 ? [{ report: r.slug, heading: 'A' }, { report: r.slug, heading: 'B' }] : [{ report: r.slug, heading: 'A' }])).reverse();
  const wide = { slug: 'w', name: 'W', sections };
  for (const nearest of [1, 2, 3, 4, 5, 6]) for (const report of many) {
    const byHand: Record<string, { label: string; more: number }> = {};
    const mine = sections.filter((s) => s.report === report.slug);
    const others = many.filter((r) => r.slug !== report.slug && sections.some((s) => s.report === r.slug));
    const here = many.indexOf(report);
    const kept = new Set([...others].sort((a, b) => Math.abs(many.indexOf(a) - here) - Math.abs(many.indexOf(b) - here)).slice(0, nearest));
    for (const s of mine) byHand[s.heading] = { label: others.filter((r) => kept.has(r)).map((r) => r.label).join(' '), more: others.length - kept.size };
    const lines = themeLinksFor(report.slug, [wide], many, nearest);
    expect(Object.fromEntries(Object.entries(lines).map(([h, [line]]) => [h, { label: line!.others.map((o) => o.label).join(' '), more: line!.more }]))).toEqual(byHand);
  }
});
