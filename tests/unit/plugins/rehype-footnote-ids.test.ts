import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import rehypeFootnoteIds from '../../../src/plugins/rehype-footnote-ids';
import { expectedOutput, fixtureCases, renderMarkdown, type FixtureCase } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/rehype-footnote-ids'));

function render(fixture: Pick<FixtureCase, 'input' | 'config'>, passes = fixture.config.passes ?? 1) {
  return renderMarkdown(fixture.input, {
    remarkPlugins: [],
    rehypePlugins: [[rehypeFootnoteIds, fixture.config.options ?? {}]],
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

describe('the anchors link both ways', () => {
  const input = 'Text.[^1]\n\n[^1]: The note.';

  test.each([
    ['no clobber prefix', ''],
    ['the default user-content- prefix', undefined],
    ['another prefix', 'astro-'],
  ])('with %s, the reference links to fn-1 and the note links back to fnref-1', async (_, clobberPrefix) => {
    const { html } = await render({ input, config: clobberPrefix === undefined ? {} : { remarkRehype: { clobberPrefix } } });
    expect(html).toContain('<a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnotes-label">1</a>');
    expect(html).toContain('<li id="fn-1">');
    expect(html).toContain('<a href="#fnref-1" data-footnote-backref');
    expect(html).not.toContain('user-content-');
    expect(html).not.toContain('astro-');
  });
});

test('records the notes, in order, on file.data.footnotes', async () => {
  const { file } = await render({ input: 'One.[^1] Two.[^2]\n\n[^1]: First.\n\n[^2]: Second.', config: {} });
  expect(file.data.footnotes).toEqual([
    { id: 'fn-1', label: '1' },
    { id: 'fn-2', label: '2' },
  ]);
});

test('records no notes for a file without footnotes', async () => {
  const { file } = await render({ input: 'Text.', config: {} });
  expect(file.data.footnotes).toEqual([]);
});

test('the notes heading text can be changed', async () => {
  const { html } = await render({ input: 'Text.[^1]\n\n[^1]: Note.', config: { options: { label: 'Endnotes' } } });
  expect(html).toContain('<h2 id="footnotes-label">Endnotes</h2>');
});
