// The report Markdown plugins, in the order astro.config.mjs passes them to Astro
// (markdown.remarkPlugins / markdown.rehypePlugins). Astro itself runs remark-gfm first and
// remark-rehype, rehype heading ids and rehype-raw around these; smartypants is off.
//   remark: raw HTML → text first, so nothing after it sees (or emits) raw HTML;
//           then numbered paragraphs → containers with self-links (file.data.paragraphs).
//   rehype: footnote ids fn-N / fnref-N and the labelled notes section (file.data.footnotes).
import type { RehypePlugins, RemarkPlugins } from 'astro';
import rehypeFootnoteIds from './rehype-footnote-ids';
import remarkNoRawHtml from './remark-no-raw-html';
import remarkNumberedParagraphs from './remark-numbered-paragraphs';

export const remarkPlugins = [remarkNoRawHtml, remarkNumberedParagraphs] satisfies RemarkPlugins;

export const rehypePlugins = [rehypeFootnoteIds] satisfies RehypePlugins;
