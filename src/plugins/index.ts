// The report Markdown plugins, in the order astro.config.mjs passes them to Astro
// (markdown.remarkPlugins / markdown.rehypePlugins). Astro itself runs remark-gfm first and
// remark-rehype, rehype heading ids and rehype-raw around these; smartypants is off.
//   remark: raw HTML → text first, so nothing after it sees (or emits) raw HTML;
//           then numbered paragraphs → containers with self-links (file.data.paragraphs);
//           then entity mentions and cited references → links (entity data read from content/).
//   rehype: footnote ids fn-N / fnref-N and the labelled notes section (file.data.footnotes);
//           links whose text is their URL marked, so print does not repeat the address.
import { readFileSync } from 'node:fs';
import type { RehypePlugins, RemarkPlugins } from 'astro';
import { parse } from 'yaml';
import { loadEntityData } from '../data/entity-data';
import { reportUrl } from '../lib/routes';
import rehypeFootnoteIds from './rehype-footnote-ids';
import remarkEntityLinks from './remark-entity-links';
import remarkNoRawHtml from './remark-no-raw-html';
import remarkNumberedParagraphs from './remark-numbered-paragraphs';
import remarkReferenceLinks from './remark-reference-links';
import rehypeUrlTextLinks from './rehype-url-text-links';

/** Symbols of documents in the corpus (content/established-symbols.yaml) → their page. */
function internalDocuments(): Record<string, string> {
  const entries = parse(readFileSync('content/established-symbols.yaml', 'utf8')) as { report: string; symbol: string }[];
  return Object.fromEntries(entries.map((e) => [e.symbol, reportUrl(e.report)]));
}

const entities = loadEntityData();

export const remarkPlugins = [
  remarkNoRawHtml,
  remarkNumberedParagraphs,
  [remarkEntityLinks, { matcher: entities.matcher, dataVersion: entities.version }],
  [remarkReferenceLinks, { internal: internalDocuments() }],
] satisfies RemarkPlugins;

export const rehypePlugins = [rehypeFootnoteIds, rehypeUrlTextLinks] satisfies RehypePlugins;
