import { expect, test } from 'vitest';
import { insertThemeLines } from '../../../../src/lib/cross-session/theme-lines';
import type { ThemeLink } from '../../../../src/lib/cross-session/theme-links';

const outline = [{ depth: 2, slug: 'i', text: 'I. Introduction' }, { depth: 4, slug: 'v', text: '6. Victims' }];
const html = '<h2 id="i">I. Introduction</h2><h4 id="v">6. Victims</h4><p>Text.</p>';

test('a line per theme after the mapped heading, the other sessions linked, ignored by Pagefind', () => {
  const links: Record<string, ThemeLink[]> = {
    '6. Victims': [
      { name: 'Victims', href: '/themes/victims/', others: [{ label: '2012', href: '/reports/cop6-2012/#e' }, { label: '2024', href: '/reports/cop12-2024/#six' }], more: 3 },
      { name: 'Alone', href: '/themes/alone/', others: [], more: 0 },
    ],
  };
  expect(insertThemeLines(html, outline, links)).toBe('<h2 id="i">I. Introduction</h2><h4 id="v">6. Victims</h4>'
    + '<p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/victims/">Victims</a> — also <a href="/reports/cop6-2012/#e">2012</a> · <a href="/reports/cop12-2024/#six">2024</a> and 3 more on <a href="/themes/victims/">the theme page</a></p>'
    + '<p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/alone/">Alone</a> — in no other session</p><p>Text.</p>');
});

test('without theme data, or for an unmapped heading, nothing changes', () => {
  expect(insertThemeLines(html, outline, {})).toBe(html);
  expect(insertThemeLines(html, outline, { Other: [] })).toBe(html);
});

test('a heading whose id begins with another heading\'s id is not taken for it', () => {
  const two = '<h2 id="a-2">A</h2><p>x</p><h2 id="a">A</h2><p>y</p>';
  const out = insertThemeLines(two, [{ depth: 2, slug: 'a', text: 'A' }], { A: [{ name: 'T', href: '/themes/t/', others: [], more: 0 }] });
  expect(out).toBe('<h2 id="a-2">A</h2><p>x</p><h2 id="a">A</h2><p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/t/">T</a> — in no other session</p><p>y</p>');
});

test('a heading of the outline missing from the HTML is an error, not a silent skip', () => {
  expect(() => insertThemeLines('<p>x</p>', outline, { 'I. Introduction': [{ name: 'T', href: '/t/', others: [], more: 0 }] })).toThrow('heading #i ("I. Introduction") is not in the rendered HTML');
});
