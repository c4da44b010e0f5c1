// One report as an Akoma Ntoso 3.0 document: <akomaNtoso><doc name="report"> with <meta>
// (src/lib/akn/akn-meta.ts), the cover as <preface> when there is one, and the body
// (src/lib/akn/akn-body.ts, read off the page's tree when the report is rendered, so the text is
// the page's text) as <mainBody>. Writes xast and serializes it with xast-util-to-xml (which
// escapes), never by concatenating strings.
import type { Root as HastRoot } from 'hast';
import type { Element, ElementContent, Root, RootContent } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { ReportData, SessionData } from '../report-view';
import type { AknBody } from './akn-body';
import { aknMeta, aknPreface, summaryParagraphs } from './akn-meta';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface ReportInput {
  slug: string;
  data: ReportData;
  session: SessionData;
}

export interface Options {
  /** The cover's Summary rendered to HTML, as hast; none when the report has no summary. */
  summary?: HastRoot | undefined;
}

/** The xast tree of a report's Akoma Ntoso document, XML declaration included. */
export function reportToAkn(report: ReportInput, body: AknBody, { summary }: Options = {}): Root {
  const file = `content/reports/${report.slug}.md`;
  const preface = aknPreface(report.data, summary ? summaryParagraphs(summary, file) : []);
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    x('akomaNtoso', { xmlns: AKN_NAMESPACE }, [
      x('doc', { name: 'report' }, [
        aknMeta(report.data, report.session, body.tlcs),
        ...(preface ? [preface] : []),
        x('mainBody', body.children),
      ]),
    ]),
  ]);
}

/**
 * Elements whose children are elements only, never text: a line break and indentation between
 * their children changes no text and makes schema errors point at a line. Everything else
 * (<p>, <num>, <heading>, the inlines, <authorialNote>) is written as it is.
 */
const STRUCTURAL = new Set([
  'akomaNtoso', 'doc', 'meta', 'identification', 'FRBRWork', 'FRBRExpression', 'FRBRManifestation', 'references',
  'preface', 'container', 'mainBody', 'chapter', 'section', 'subsection', 'hcontainer', 'paragraph', 'subparagraph',
  'content', 'intro', 'wrapUp', 'table', 'tr', 'blockList', 'item',
]);

function indent(element: Element, depth: number): Element {
  if (!STRUCTURAL.has(element.name)) return element;
  const pad = (level: number): ElementContent => ({ type: 'text', value: `\n${'  '.repeat(level)}` });
  const children = element.children.flatMap((child) => (child.type === 'element' ? [pad(depth + 1), indent(child, depth + 1)] : [child]));
  return { ...element, children: children.length > 0 ? [...children, pad(depth)] : children };
}

/** The document as the file the site serves, one structural element a line. */
export function reportAknXml(report: ReportInput, body: AknBody, options: Options = {}): string {
  const tree = reportToAkn(report, body, options);
  const children = tree.children.flatMap((c): RootContent[] => (c.type === 'element' ? [{ type: 'text', value: '\n' }, indent(c, 0)] : [c]));
  const pretty: Root = { ...tree, children };
  return `${toXml(pretty, { closeEmptyElements: true })}\n`;
}
