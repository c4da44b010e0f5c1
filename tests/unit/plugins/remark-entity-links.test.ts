import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadEntityData } from '../../../src/data/entity-data';
import remarkEntityLinks from '../../../src/plugins/remark-entity-links';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/remark-entity-links'));
const { matcher } = loadEntityData();

function render(fixture: Pick<FixtureCase, 'input'>, passes = 1) {
  return renderMarkdown(fixture.input, { remarkPlugins: [[remarkEntityLinks, { matcher }]], rehypePlugins: [], passes });
}

test.each(cases)('fixture $name gives output.html, the same when run once more', async (fixture) => {
  const { html } = await render(fixture);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await render(fixture, 2)).html).toBe(html);
});

test('without a matcher nothing changes', async () => {
  const { html } = await renderMarkdown('1\\. In Nigeria.', { remarkPlugins: [remarkEntityLinks], rehypePlugins: [] });
  expect(html).toBe('<p>1. In Nigeria.</p>');
});
