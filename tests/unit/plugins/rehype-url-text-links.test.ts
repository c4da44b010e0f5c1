import { join } from 'node:path';
import { expect, test } from 'vitest';
import rehypeUrlTextLinks from '../../../src/plugins/rehype-url-text-links';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/rehype-url-text-links'));

function render(fixture: Pick<FixtureCase, 'input'>, passes = 1) {
  return renderMarkdown(fixture.input, { remarkPlugins: [], rehypePlugins: [rehypeUrlTextLinks], passes });
}

test.each(cases)('fixture $name gives output.html, the same when run once more', async (fixture) => {
  const { html } = await render(fixture);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await render(fixture, 2)).html).toBe(html);
});
