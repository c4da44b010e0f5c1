// One report file → its checks, its HTML and its model, from a single Markdown parse: the
// structural checks read the fresh tree (src/lib/structure/check-report.ts), then the site's
// remark and rehype plugins (src/plugins/) transform that same tree into the page's HTML while
// recording the outline and the paragraphs, and the entity matcher and reference finder run
// on the recorded paragraph text; the Akoma Ntoso body is read off the same tree. Pure: bytes and entity data in, results out.
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { aknBody, type AknBody } from '../akn/akn-body';
import { ContentError } from '../errors';
import type { Matcher } from '../entities/match-entities';
import { addresseeBody, findReferences, resolveInDocument } from '../entities/references';
import { inspectReport } from '../structure/check-report';
import rehypeFootnotesSection from '../../plugins/rehype-footnotes-section';
import rehypeHeadingIds from '../../plugins/rehype-heading-ids';
import rehypeUrlTextLinks from '../../plugins/rehype-url-text-links';
import remarkEntityLinks from '../../plugins/remark-entity-links';
import remarkNoRawHtml from '../../plugins/remark-no-raw-html';
import remarkNumberedParagraphs from '../../plugins/remark-numbered-paragraphs';
import remarkParagraphModel from '../../plugins/remark-paragraph-model';
import remarkReferenceLinks from '../../plugins/remark-reference-links';
import type { ReportModel } from './model';

export interface Options {
  /** The entity matcher (src/data/entity-data.ts builds it); without one nothing is matched. */
  matcher?: Matcher | undefined;
  /** The front matter's `body`, the body the report is addressed to ("its resolution"). */
  addressedTo?: string | undefined;
  /** Symbols of documents in the corpus → their page, e.g. { 'A/74/127': '/reports/ga74-2019/' }. */
  internal?: Record<string, string> | undefined;
  /** The name of each entity by `kind:id`, for the Akoma Ntoso edition's references. */
  entityNames?: ReadonlyMap<string, string> | undefined;
}

export interface RenderedReport {
  /** Structural errors; when there are any, nothing else is produced. */
  errors: ContentError[];
  /** The YAML of the front matter and its first line. */
  frontMatter: { yaml: string; line: number } | undefined;
  html: string;
  model: ReportModel;
  /** The body of the Akoma Ntoso edition (src/lib/akn/akn-body.ts), from the same tree as the HTML. */
  akn: AknBody;
}

/** remark-rehype's options: the site's note anchors (fn-N, fnref-N: no clobber prefix) under a visible "Notes" heading. */
export const remarkRehypeOptions = { clobberPrefix: '', footnoteLabel: 'Notes', footnoteLabelProperties: {} } satisfies RemarkRehypeOptions;

/**
 * The remark steps, in order: raw HTML → text first (nothing after it sees raw HTML), numbered
 * paragraphs → containers with self-links, the paragraph model recorded, then entity mentions
 * and cited references → links.
 */
export function reportRemarkPlugins({ matcher, internal = {} }: Options = {}): PluggableList {
  return [remarkNoRawHtml, remarkNumberedParagraphs, remarkParagraphModel, [remarkEntityLinks, { matcher }], [remarkReferenceLinks, { internal }]];
}

/**
 * The rehype steps: the notes section keeps its anchor, heading ids and the outline, links whose
 * text is their URL marked for print. The theme lines beside headings are added to the HTML
 * afterwards (src/lib/cross-session/theme-lines.ts), so that they change without a new render.
 */
export const reportRehypePlugins: PluggableList = [rehypeFootnotesSection, rehypeHeadingIds, rehypeUrlTextLinks];

/** The transform chain from a parsed report body to HTML (parse with src/lib/structure/parse-markdown.ts). */
export function reportProcessor(options: Options = {}) {
  return unified()
    .use(reportRemarkPlugins(options))
    .use(remarkRehype, remarkRehypeOptions)
    .use(reportRehypePlugins)
    .use(rehypeStringify)
    .freeze();
}

export type ReportProcessor = ReturnType<typeof reportProcessor>;

/** Checks and renders one report; `file` is the path shown in messages. */
export function renderReport(file: string, bytes: Uint8Array | string, processor: ReportProcessor, { matcher, addressedTo, entityNames }: Options = {}): RenderedReport {
  const inspected = inspectReport(file, bytes);
  const empty: ReportModel = { outline: [], paragraphs: [], notes: [] };
  const noAkn: AknBody = { children: [], tlcs: [], notes: [] };
  if (inspected.errors.length > 0) return { errors: inspected.errors, frontMatter: inspected.frontMatter, html: '', model: empty, akn: noAkn };
  const vfile = new VFile({ path: file });
  const addressee = addresseeBody(addressedTo);
  if (addressee) vfile.data.addressee = addressee;
  let hast;
  try {
    hast = processor.runSync(inspected.tree as Root, vfile);
  } catch (error) {
    // A plugin that refuses the tree (file.fail: an anchor used twice, a label out of sequence
    // the checks did not see) is a content error of this file, not a crash.
    if (!(error instanceof VFileMessage)) throw error;
    const failed = new ContentError({ file, line: error.line ?? undefined, problem: error.reason });
    return { errors: [failed], frontMatter: inspected.frontMatter, html: '', model: empty, akn: noAkn };
  }
  const html = processor.stringify(hast, vfile);
  // The Akoma Ntoso body reads the page's tree as it is, not its HTML parsed again.
  let akn: AknBody;
  try {
    akn = aknBody(hast, { file, ...(entityNames ? { entityNames } : {}) });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { errors: [error], frontMatter: inspected.frontMatter, html: '', model: empty, akn: noAkn };
  }
  const outline = vfile.data.outline ?? [];
  const recorded = vfile.data.reportModel ?? { paragraphs: [], notes: [] };
  const references = resolveInDocument(
    recorded.paragraphs.map((p) => findReferences(p.text, { context: p.heading })),
    recorded.paragraphs.map((p) => p.text),
    addressee,
  );
  const mentions = matcher ? matcher.matchDocument(recorded.paragraphs.map((p) => p.text)) : [];
  const paragraphs = recorded.paragraphs.map((p, i) => ({
    ...p,
    mentions: mentions[i] ?? [],
    references: references[i]!,
  }));
  return { errors: [], frontMatter: inspected.frontMatter, html, model: { outline, paragraphs, notes: recorded.notes }, akn };
}

