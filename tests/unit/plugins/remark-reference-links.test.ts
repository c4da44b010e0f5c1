import { join } from 'node:path';
import { expect, test } from 'vitest';
import remarkReferenceLinks from '../../../src/plugins/remark-reference-links';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/remark-reference-links'));
const internal = { 'A/74/127': '/reports/ga74-2019/' };

function render(fixture: Pick<FixtureCase, 'input'>, passes = 1) {
  return renderMarkdown(fixture.input, { remarkPlugins: [[remarkReferenceLinks, { internal }]], rehypePlugins: [], passes });
}

test.each(cases)('fixture $name gives output.html, the same when run once more', async (fixture) => {
  const { html } = await render(fixture);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await render(fixture, 2)).html).toBe(html);
});
