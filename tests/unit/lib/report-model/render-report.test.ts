import { join } from 'node:path';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { expect, test } from 'vitest';
import rehypeFootnotesSection from '../../../../src/plugins/rehype-footnotes-section';
import rehypeHeadingIds from '../../../../src/plugins/rehype-heading-ids';
import rehypeUrlTextLinks from '../../../../src/plugins/rehype-url-text-links';
import remarkEntityLinks from '../../../../src/plugins/remark-entity-links';
import remarkNoRawHtml from '../../../../src/plugins/remark-no-raw-html';
import remarkNumberedParagraphs from '../../../../src/plugins/remark-numbered-paragraphs';
import remarkParagraphModel from '../../../../src/plugins/remark-paragraph-model';
import remarkReferenceLinks from '../../../../src/plugins/remark-reference-links';
import { loadEntityData } from '../../../../src/data/entity-data';
import { entityNames } from '../../../../src/lib/entities/entity-names';
import { remarkRehypeOptions, renderReport, reportProcessor, reportRehypePlugins, reportRemarkPlugins } from '../../../../src/lib/report-model/render-report';
import { expectedOutput, fixtureCases, renderMarkdown, siteRehypePlugins, siteRemarkPlugins } from '../../../helpers/render-markdown';

const cases = fixtureCases(join(import.meta.dirname, '../../../fixtures/report-model/render-report'));
const entityData = loadEntityData();
const { matcher } = entityData;
const names = entityNames(entityData);
const processor = reportProcessor({ matcher, internal: { 'A/74/127': '/reports/ga74-2019/' } });

test('raw HTML becomes text before paragraphs are numbered and recorded, then mentions and references are linked', () => {
  expect(reportRemarkPlugins().map((p) => (Array.isArray(p) ? p[0] : p))).toEqual([
    remarkNoRawHtml, remarkNumberedParagraphs, remarkParagraphModel, remarkEntityLinks, remarkReferenceLinks,
  ]);
});

test('the notes section keeps its anchor, then heading ids, then theme lines, then links whose text is their URL', () => {
  expect(reportRehypePlugins).toEqual([rehypeFootnotesSection, rehypeHeadingIds, rehypeUrlTextLinks]);
});

test('remark-rehype writes the site note anchors itself: no clobber prefix, a visible "Notes" heading', () => {
  expect(remarkRehypeOptions).toEqual({ clobberPrefix: '', footnoteLabel: 'Notes', footnoteLabelProperties: {} });
});

test.each(cases)('fixture $name renders with the site plugins as output.html, the same when run once more', async (fixture) => {
  const options = { remarkPlugins: siteRemarkPlugins, rehypePlugins: siteRehypePlugins, remarkRehype: { ...remarkRehypeOptions, ...fixture.config.remarkRehype } };
  const { html } = await renderMarkdown(fixture.input, options);
  expect(html).toBe(expectedOutput(fixture, html));
  expect((await renderMarkdown(fixture.input, { ...options, passes: 2 })).html).toBe(html);
});

const REPORT = `---
session: cop8
source: 2016-cop8-secretariat.txt
---

## I. Introduction

1\\. Nepal and the Libyan Arab Jamahiriya, see resolution 72/195 of the General Assembly.[^1]

### A. Sub

2\\. Lead:

(a) First, in Nigeria;

(b) Second, at www.unodc.org/peru-y-bolivia.

[^1]: A note naming Mali.
`;

test('one parse gives the HTML, the outline with heading ids and the paragraph model', () => {
  const out = renderReport('content/reports/x.md', REPORT, processor, { matcher, entityNames: names });
  expect(out.errors).toEqual([]);
  expect(out.model.outline.map((h) => [h.depth, h.slug, h.text])).toEqual([
    [2, 'i-introduction', 'I. Introduction'], [3, 'a-sub', 'A. Sub'], [2, 'footnotes-label', 'Notes'],
  ]);
  const [first, second] = out.model.paragraphs;
  expect(first).toMatchObject({ number: 1, id: 'para-1', line: 8, heading: 'I. Introduction', headingPath: ['I. Introduction'], notes: ['1'], subParagraphs: [] });
  expect(first!.text).toBe('1. Nepal and the Libyan Arab Jamahiriya, see resolution 72/195 of the General Assembly.\nA note naming Mali.');
  expect(first!.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['NPL', 'MLI']));
  expect(first!.references.map((r) => r.text)).toContain('72/195');
  expect(second).toMatchObject({ number: 2, headingPath: ['I. Introduction', 'A. Sub'], subParagraphs: [{ id: 'para-2-a', labels: ['a'] }, { id: 'para-2-b', labels: ['b'] }] });
  // The address is blanked, so "peru" and "bolivia" inside it are no mentions.
  expect(second!.mentions.map((m) => m.id)).toEqual(['NGA']);
  // The words as printed, for the open data: no number, labels kept, the address kept, no notes.
  expect(first!.readingText).toBe('Nepal and the Libyan Arab Jamahiriya, see resolution 72/195 of the General Assembly.');
  expect(second!.readingText).toBe('Lead:\n(a) First, in Nigeria;\n(b) Second, at www.unodc.org/peru-y-bolivia.');
  expect(second!.text).not.toContain('www.unodc.org');
  expect(out.model.notes).toEqual([{ label: '1', text: 'A note naming Mali.' }]);
  expect(out.html).toContain('<div class="para" id="para-1" data-para="1">');
  expect(out.html).toContain('<section data-footnotes class="footnotes" aria-labelledby="footnotes-label"><h2 id="footnotes-label">Notes</h2>');
  expect(out.html).toContain('<a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnotes-label">1</a>');
});

test('a structural error stops the render and names file and line', () => {
  const out = renderReport('content/reports/x.md', REPORT.replace('2\\. Lead', '3\\. Lead'), processor, { matcher, entityNames: names });
  expect(out.errors.map((e) => e.message)).toEqual(['content/reports/x.md:12: paragraph 3 follows 1 (2 is missing)']);
  expect(out.html).toBe('');
});

test('a plugin that refuses the tree gives a content error with file and line, not a crash', () => {
  function remarkRefuse() {
    return (tree: Root, file: VFile): void => { file.fail('anchor para-1 is used twice', tree.children[1]); };
  }
  const refusing = unified().use(remarkRefuse).use(rehypeStringify).freeze();
  const out = renderReport('content/reports/x.md', REPORT, refusing as unknown as typeof processor, { matcher, entityNames: names });
  expect(out.errors.map((e) => e.message)).toEqual(['content/reports/x.md:8: anchor para-1 is used twice']);
});
