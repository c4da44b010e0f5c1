// The <meta> and <preface> of a report's Akoma Ntoso edition, from its front matter and its
// session: FRBR names in the AKN4UN style (`/akn/un/doc/report/<date>/<session>`, the English
// original `eng@`), the issuer as FRBRauthor, and a preface with only what the cover gives.
// A report without a cover (the 2016 one) has no preface, no title, symbol or date of its own:
// its FRBR dates are the first day of its session, named so (`sessionStart`), because the
// schema requires a date and the session is the one the text establishes.
import type { ElementContent as HastContent, Root as HastRoot } from 'hast';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import { issuer } from '../citation-record';
import { ContentError } from '../errors';
import { agendaReference, formatDate, type ReportData, type SessionData } from '../report-view';
import type { Tlc } from './akn-body';

/** The edition itself: the source of the identification and the author of the XML manifestation. */
export const EDITION: Tlc = { element: 'TLCOrganization', eId: 'palermo-record', href: '/about/', showAs: 'Palermo Record' };

export interface WorkDate {
  date: string;
  /** What the date is: the cover's date of distribution, or the first day of the session. */
  name: 'distribution' | 'sessionStart';
}

/** The date the FRBR levels carry. */
export function workDate(report: ReportData, session: SessionData): WorkDate {
  if (report.distributionDate) return { date: report.distributionDate, name: 'distribution' };
  // No cover, so no date of distribution: the schema needs a date, and the text establishes its
  // session, whose first day is public record (content/sessions/<slug>.yaml). Named so; not a
  // date the report bears.
  if (session.startDate) return { date: session.startDate, name: 'sessionStart' };
  throw new ContentError({
    file: `content/sessions/${session.slug}.yaml`,
    field: 'startDate',
    expected: 'the first day of the session (the report has no date of distribution)',
    found: 'nothing',
  });
}

export interface FrbrNames {
  work: string;
  expression: string;
  manifestation: string;
}

/** `/akn/un/doc/report/2024-07-23/cop12`, its English original `…/eng@` and the XML `…/eng@.akn`. */
export function frbrNames(session: SessionData, { date }: WorkDate): FrbrNames {
  const work = `/akn/un/doc/report/${date}/${session.slug}`;
  return { work, expression: `${work}/eng@`, manifestation: `${work}/eng@.akn` };
}

/** The issuer's TLC: the Secretariat or the Secretary-General, as the cover names the document. */
export function issuerTlc(report: ReportData): Tlc | undefined {
  const name = issuer(report);
  if (!name) return undefined;
  const eId = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { element: 'TLCOrganization', eId, href: `/akn/ontology/organization/un/${eId}`, showAs: name };
}

/**
 * Without a cover the text names no issuer, but the schema requires an author of the work:
 * the United Nations, which the edition's citation record gives as publisher of every report,
 * in the role of publisher (TLCRole), so nothing claims more than that.
 */
const PUBLISHER: Tlc = { element: 'TLCOrganization', eId: 'united-nations', href: '/akn/ontology/organization/un', showAs: 'United Nations' };
const PUBLISHER_ROLE = { eId: 'publisher', href: '/akn/ontology/role/publisher', showAs: 'Publisher' };

export function aknMeta(report: ReportData, session: SessionData, bodyTlcs: readonly Tlc[]): Element {
  const when = workDate(report, session);
  const names = frbrNames(session, when);
  const author = issuerTlc(report);
  const date = x('FRBRdate', { date: when.date, name: when.name });
  const workAuthor = author ? x('FRBRauthor', { href: `#${author.eId}` }) : x('FRBRauthor', { href: `#${PUBLISHER.eId}`, as: `#${PUBLISHER_ROLE.eId}` });
  const tlcs = [EDITION, author ?? PUBLISHER, ...bodyTlcs];
  return x('meta', [
    x('identification', { source: `#${EDITION.eId}` }, [
      x('FRBRWork', [
        x('FRBRthis', { value: `${names.work}/!main` }),
        x('FRBRuri', { value: names.work }),
        date,
        workAuthor,
        x('FRBRcountry', { value: 'un' }),
        x('FRBRsubtype', { value: 'report' }),
        ...(report.symbol ? [x('FRBRnumber', { value: report.symbol })] : []),
        x('FRBRname', { value: 'report' }),
      ]),
      x('FRBRExpression', [
        x('FRBRthis', { value: `${names.expression}/!main` }),
        x('FRBRuri', { value: names.expression }),
        structuredClone(date),
        structuredClone(workAuthor),
        x('FRBRlanguage', { language: 'eng' }),
      ]),
      x('FRBRManifestation', [
        x('FRBRthis', { value: `${names.expression}/!main.xml` }),
        x('FRBRuri', { value: names.manifestation }),
        // The XML is this edition's; the date stays the work's, named for what it is, so that
        // the file is the same whenever it is built.
        structuredClone(date),
        x('FRBRauthor', { href: `#${EDITION.eId}` }),
      ]),
    ]),
    x('references', { source: `#${EDITION.eId}` }, [
      ...tlcs.map((t) => x(t.element, { eId: t.eId, href: t.href, showAs: t.showAs })),
      ...(author ? [] : [x('TLCRole', { eId: PUBLISHER_ROLE.eId, href: PUBLISHER_ROLE.href, showAs: PUBLISHER_ROLE.showAs })]),
    ]),
  ]);
}

/**
 * The cover's Summary (Markdown in the front matter, rendered by src/lib/inline-markdown.ts) as
 * preface paragraphs: text with emphasis only, as the format allows; anything else is rejected.
 */
export function summaryParagraphs(tree: HastRoot, file = 'report'): ElementContent[][] {
  const fail = (problem: string): never => {
    throw new ContentError({ file, field: 'summary', problem });
  };
  const inline = (nodes: readonly HastContent[]): ElementContent[] => nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type !== 'element') return [];
    if (node.tagName === 'em') return [x('i', inline(node.children))];
    if (node.tagName === 'strong') return [x('b', inline(node.children))];
    return fail(`expected text with emphasis only, found a <${node.tagName}>`);
  });
  return tree.children.flatMap((node) => {
    if (node.type === 'text' && node.value.trim() === '') return [];
    if (node.type !== 'element' || node.tagName !== 'p') return fail('expected paragraphs only');
    return [inline(node.children)];
  });
}

const capitalized = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * The cover, in its printed order, with the preface's inline elements for what they are; only
 * the fields the front matter has. Undefined for a report without a cover (the schema wants a
 * non-empty <preface>, and there is nothing to put in it).
 */
export function aknPreface(report: ReportData, summary: ElementContent[][] = []): Element | undefined {
  const line = (...children: (ElementContent | string)[]) => x('p', children);
  const lines: Element[] = [];
  if (report.symbol) lines.push(line(x('docNumber', report.symbol)));
  if (report.distribution || report.distributionDate) {
    lines.push(line(
      ...(report.distribution ? [x('docStatus', `Distr.: ${report.distribution}`)] : []),
      ...(report.distribution && report.distributionDate ? [' '] : []),
      ...(report.distributionDate ? [x('docDate', { date: report.distributionDate }, formatDate(report.distributionDate))] : []),
    ));
  }
  if (report.originalLanguage) lines.push(line(`Original: ${report.originalLanguage}`));
  if (report.body) lines.push(line(x('docAuthority', report.body)));
  if (report.sessionTitle) lines.push(line(x('session', report.sessionTitle)));
  if (report.meeting) lines.push(line(report.meeting));
  const agenda = agendaReference(report);
  if (agenda) lines.push(line(capitalized(agenda)));
  if (report.agendaItemTitle) lines.push(line(report.agendaItemTitle));
  if (report.documentType) lines.push(line(x('docType', report.documentType)));
  if (report.title) lines.push(line(x('docTitle', report.title)));
  const children: Element[] = [...lines];
  if (summary.length > 0) children.push(x('container', { name: 'summary' }, summary.map((p) => x('p', p))));
  return children.length > 0 ? x('preface', children) : undefined;
}
