import { join } from 'node:path';
import { expect, test } from 'vitest';
import remarkNoRawHtml from '../../../src/plugins/remark-no-raw-html';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/remark-no-raw-html'));

function render(fixture: Pick<FixtureCase, 'input' | 'config'>, passes = fixture.config.passes ?? 1) {
  return renderMarkdown(fixture.input, {
    remarkPlugins: [remarkNoRawHtml],
    rehypePlugins: [],
    remarkRehype: fixture.config.remarkRehype,
    passes,
  });
}

test.each(cases)('fixture $name gives output.html, the same when run once more', async (fixture) => {
  const { html } = await render(fixture);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await render(fixture, (fixture.config.passes ?? 1) + 1)).html).toBe(html);
});

test.each([
  ['a paragraph', '4\\. Noted <script>alert(1)</script> here.'],
  ['a block', '<script>alert(1)</script>'],
  ['a block quote', '> <script>alert(1)</script>'],
  ['a list item', '- <script>alert(1)</script>'],
  ['a footnote', 'Text.[^1]\n\n[^1]: <script>alert(1)</script>'],
  ['a heading', '## Title <script>alert(1)</script>'],
  ['a table cell', '| a |\n| - |\n| <script>alert(1)</script> |'],
])('a script in %s is text even with raw HTML allowed', async (_, input) => {
  const { html } = await render({ input, config: { remarkRehype: { allowDangerousHtml: true } } });
  expect(html).not.toContain('<script');
  expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
});
