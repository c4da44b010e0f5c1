import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import remarkNumberedParagraphs from '../../../src/plugins/remark-numbered-paragraphs';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/remark-numbered-paragraphs'));

function render(fixture: Pick<FixtureCase, 'input' | 'config'>, passes = fixture.config.passes ?? 1) {
  return renderMarkdown(fixture.input, {
    remarkPlugins: [[remarkNumberedParagraphs, fixture.config.options ?? {}]],
    rehypePlugins: [],
    remarkRehype: fixture.config.remarkRehype,
    passes,
  });
}

test.each(cases)('fixture $name gives output.html, the same when run once more', async (fixture) => {
  if (fixture.error !== undefined) {
    await expect(render(fixture)).rejects.toThrow(fixture.error);
    return;
  }
  const { html } = await render(fixture);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await render(fixture, (fixture.config.passes ?? 1) + 1)).html).toBe(html);
});

describe('file.data.paragraphs', () => {
  const input = ['2\\. Two:', '(a) A;', '(b) B:', '(i) One;', '(ii) Two.', '## Heading', '3\\. Three.'].join('\n\n');

  test('lists every paragraph and sub-paragraph anchor in document order', async () => {
    const { file } = await render({ input, config: {} });
    expect(file.data.paragraphs).toEqual([
      { id: 'para-2', number: 2, labels: [] },
      { id: 'para-2-a', number: 2, labels: ['a'] },
      { id: 'para-2-b', number: 2, labels: ['b'] },
      { id: 'para-2-b-i', number: 2, labels: ['b', 'i'] },
      { id: 'para-2-b-ii', number: 2, labels: ['b', 'ii'] },
      { id: 'para-3', number: 3, labels: [] },
    ]);
  });

  test('is the same list when the plugin runs twice', async () => {
    const once = await render({ input, config: {} }, 1);
    const twice = await render({ input, config: {} }, 2);
    expect(twice.file.data.paragraphs).toEqual(once.file.data.paragraphs);
  });

  test('is empty for a file without numbered paragraphs', async () => {
    const { file } = await render({ input: 'Just text.\n\n(a) And a label.', config: {} });
    expect(file.data.paragraphs).toEqual([]);
  });
});

test('a sub-paragraph label that breaks its sequence fails the file at that line', async () => {
  const error = await render({ input: '6\\. The following:\n\n(a) First;\n\n(c) Third.', config: {} }).catch((e: unknown) => e);
  expect(error).toMatchObject({ line: 5, reason: 'sub-paragraph (c) of paragraph 6 follows (a) (expected (b))' });
});
