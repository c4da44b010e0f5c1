import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/plugins/index';
import rehypeFootnoteIds from '../../../src/plugins/rehype-footnote-ids';
import rehypeUrlTextLinks from '../../../src/plugins/rehype-url-text-links';
import remarkNoRawHtml from '../../../src/plugins/remark-no-raw-html';
import remarkNumberedParagraphs from '../../../src/plugins/remark-numbered-paragraphs';
import remarkEntityLinks from '../../../src/plugins/remark-entity-links';
import remarkReferenceLinks from '../../../src/plugins/remark-reference-links';
import { expectedOutput, fixtureCases, renderMarkdown } from '../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../fixtures/plugins/index'));

test('raw HTML becomes text before paragraphs are numbered, then mentions and references are linked', () => {
  expect(remarkPlugins.map((p) => (Array.isArray(p) ? p[0] : p))).toEqual([
    remarkNoRawHtml, remarkNumberedParagraphs, remarkEntityLinks, remarkReferenceLinks,
  ]);
});

test('footnote ids, then links whose text is their URL, are the rehype steps', () => {
  expect(rehypePlugins).toEqual([rehypeFootnoteIds, rehypeUrlTextLinks]);
});

test.each(cases)('fixture $name renders with the site plugins as output.html, the same when run once more', async (fixture) => {
  const options = { remarkPlugins, rehypePlugins, remarkRehype: fixture.config.remarkRehype };
  const { html } = await renderMarkdown(fixture.input, options);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await renderMarkdown(fixture.input, { ...options, passes: 2 })).html).toBe(html);
});
