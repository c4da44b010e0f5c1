import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import rehypeThemeLinks from '../../../src/plugins/rehype-theme-links';

const run = (html: string, themeLinks?: Record<string, { name: string; href: string; others: { label: string; href: string }[]; more: number }[]>) => {
  const file = new VFile(html);
  if (themeLinks) file.data.themeLinks = themeLinks;
  const tree = fromHtml(html, { fragment: true });
  rehypeThemeLinks()(tree, file);
  return toHtml(tree);
};

test('a line per theme after the mapped heading, the other sessions linked, ignored by Pagefind', () => {
  const out = run('<h2 id="i">I. Introduction</h2><h4 id="v">6. Victims</h4><p>Text.</p>', {
    '6. Victims': [
      { name: 'Victims', href: '/themes/victims/', others: [{ label: '2012', href: '/reports/cop6-2012/#e' }, { label: '2024', href: '/reports/cop12-2024/#six' }], more: 3 },
      { name: 'Alone', href: '/themes/alone/', others: [], more: 0 },
    ],
  });
  expect(out).toBe('<h2 id="i">I. Introduction</h2><h4 id="v">6. Victims</h4>'
    + '<p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/victims/">Victims</a> — also <a href="/reports/cop6-2012/#e">2012</a> · <a href="/reports/cop12-2024/#six">2024</a> and 3 more on <a href="/themes/victims/">the theme page</a></p>'
    + '<p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/alone/">Alone</a> — in no other session</p><p>Text.</p>');
});

test('without theme data, or for an unmapped heading, nothing changes', () => {
  expect(run('<h2>I. Introduction</h2><p>x</p>')).toBe('<h2>I. Introduction</h2><p>x</p>');
  expect(run('<h2>I. Introduction</h2>', { Other: [] })).toBe('<h2>I. Introduction</h2>');
});
