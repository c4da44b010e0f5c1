// One build, then read dist/: each report's Akoma Ntoso edition is valid against the OASIS schema
// (xmllint-wasm, tests/fixtures/schemas/akn/), has one <paragraph> per numbered paragraph of the
// page, in the same order and with the same text, one <authorialNote> per note of the page, at
// the paragraph that refers to it, and unique eIds.
import { readFileSync } from 'node:fs';
import type { Element as HastElement, ElementContent as HastContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { page, REPORTS, select, selectAll } from '../helpers/read-dist';

/** Every element of an XML tree (read with xast-util-from-xml), in document order. */
function elements(node: Root | Element, name?: string): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [...(name === undefined || child.name === name ? [child] : []), ...elements(child, name)] : []));
}

const SCHEMAS = 'tests/fixtures/schemas/akn';
const PARAGRAPHS = { 'cop6-2012': 39, 'cop8-2016': 74, 'ga74-2019': 139, 'cop10-2020': 88, 'cop12-2024': 91 };
const NOTES = { 'cop6-2012': 0, 'cop8-2016': 1, 'ga74-2019': 0, 'cop10-2020': 12, 'cop12-2024': 0 };

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's text of a block, without the footnote references (their notes are compared apart). */
function pageText(el: HastElement): string {
  const strip = (node: HastElement): HastElement => ({
    ...node,
    children: node.children
      .filter((c: HastContent) => !(c.type === 'element' && c.tagName === 'sup' && select('a[data-footnote-ref]', c)))
      .filter((c: HastContent) => !(c.type === 'element' && c.properties.dataFootnoteBackref !== undefined))
      .map((c: HastContent) => (c.type === 'element' ? strip(c) : c)),
  });
  return normal(toText(strip(el), { whitespace: 'normal' }));
}

/** Elements whose text is a block of its own: the page prints them on their own line. */
const BLOCKS = new Set(['num', 'heading', 'p', 'content', 'intro', 'wrapUp', 'subparagraph', 'paragraph', 'tr', 'th', 'td', 'item']);

/** The AKN text of an element, notes excluded, blocks apart. */
function aknText(node: Element): string {
  const walk = (n: Element): string => n.children.map((c) => {
    if (c.type === 'text') return c.value;
    if (c.type !== 'element' || c.name === 'authorialNote') return '';
    return BLOCKS.has(c.name) ? ` ${walk(c)} ` : walk(c);
  }).join('');
  return normal(walk(node));
}

function ancestorParagraph(tree: Element, target: Element): Element | undefined {
  for (const p of elements(tree, 'paragraph')) if (elements(p).includes(target)) return p;
  return undefined;
}

describe.each(REPORTS)('/reports/%s.akn.xml', (slug) => {
  const xml = readFileSync(`dist/reports/${slug}.akn.xml`, 'utf8');
  const doc = fromXml(xml).children.find((c): c is Element => c.type === 'element')!;
  const html = page(`/reports/${slug}/`);
  const paras = selectAll('article .para', html).filter((el) => /^para-\d+$/.test(String(el.properties.id)));
  const akn = elements(doc, 'paragraph');
  let errors: string[] = [];

  beforeAll(async () => {
    const result = await validateXML({
      xml: { fileName: `${slug}.akn.xml`, contents: xml },
      schema: { fileName: 'akomantoso30.xsd', contents: readFileSync(`${SCHEMAS}/akomantoso30.xsd`, 'utf8') },
      // The main schema imports the xml: namespace schema as ./xml.xsd.
      preload: [{ fileName: 'xml.xsd', contents: readFileSync(`${SCHEMAS}/xml.xsd`, 'utf8') }],
      maxMemoryPages: 4096,
    });
    errors = result.errors.map((e) => e.rawMessage);
    if (!result.valid && errors.length === 0) errors = [result.rawOutput];
  });

  test('is valid Akoma Ntoso 3.0: 0 schema errors', () => {
    expect(errors).toEqual([]);
  });

  test('starts with the XML declaration and <akomaNtoso><doc name="report">', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(doc.name).toBe('akomaNtoso');
    expect(doc.attributes.xmlns).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    expect(elements(doc, 'doc').map((d) => d.attributes.name)).toEqual(['report']);
  });

  test('has one <paragraph> per numbered paragraph of the page, same numbers, same order', () => {
    expect(paras).toHaveLength(PARAGRAPHS[slug]);
    const numbers = paras.map((el) => Number(String(el.properties.id).slice('para-'.length)));
    expect(akn.map((p) => p.attributes.eId)).toEqual(numbers.map((n) => `para_${n}`));
    expect(akn.map((p) => aknText(p.children.find((c): c is Element => c.type === 'element' && c.name === 'num')!))).toEqual(numbers.map((n) => `${n}.`));
  });

  test('the page adds nothing to a paragraph but what is compared apart (no tool buttons in the built HTML)', () => {
    expect(selectAll('article .para button, article .para .para-tools', html)).toEqual([]);
  });

  test('each paragraph has the text of the page, notes apart', () => {
    const mismatches = paras
      .map((el, i) => ({ id: String(el.properties.id), page: pageText(el), akn: aknText(akn[i]!) }))
      .filter((p) => p.page !== p.akn);
    expect(mismatches).toEqual([]);
  });

  test('each note of the page is one <authorialNote> with its text, in the paragraph that refers to it', () => {
    const notes = elements(doc, 'authorialNote');
    const labels = selectAll('section.footnotes li[id^="fn-"]', html).map((li) => String(li.properties.id).slice('fn-'.length));
    expect(labels).toHaveLength(NOTES[slug]);
    expect(notes.map((n) => n.attributes.marker)).toEqual(labels);
    for (const note of notes) {
      const label = note.attributes.marker!;
      const ref = select(`#fnref-${label}`, html)!;
      const holder = paras.find((el) => select(`#fnref-${label}`, el) === ref);
      expect(ancestorParagraph(doc, note)?.attributes.eId, `note ${label}`).toBe(String(holder?.properties.id).replace('para-', 'para_'));
      expect(aknText(note), `note ${label}`).toBe(pageText(select(`#fn-${label}`, html)!));
    }
  });

  test('every eId is unique and every #reference points to a TLC of <references>', () => {
    const eIds = elements(doc).flatMap((e) => (e.attributes.eId ? [e.attributes.eId] : []));
    expect(eIds.length).toBe(new Set(eIds).size);
    const tlcs = new Set(elements(elements(doc, 'references')[0]!).map((e) => `#${e.attributes.eId}`));
    const pointers = elements(doc).flatMap((e) => [e.attributes.refersTo, e.attributes.source, e.name === 'FRBRauthor' ? e.attributes.href : undefined, e.attributes.as])
      .filter((v): v is string => v !== undefined);
    expect(pointers.filter((p) => !tlcs.has(p))).toEqual([]);
  });

  test('the page links it from its metadata block', () => {
    const link = select(`.metadata a[href="/reports/${slug}.akn.xml"]`, html);
    expect(link && toText(link)).toBe('Akoma Ntoso XML');
    expect(link?.properties.ariaLabel).toBe('Akoma Ntoso XML of this report');
  });
});

test('only ga74-2019, whose front matter establishes it, carries a document symbol; cop8-2016 has no preface and dates by its session', () => {
  const read = (slug: string) => fromXml(readFileSync(`dist/reports/${slug}.akn.xml`, 'utf8')).children.find((c): c is Element => c.type === 'element')!;
  const symbols = Object.fromEntries(REPORTS.map((slug) => [slug, elements(read(slug), 'docNumber').map((e) => aknText(e))]));
  expect(symbols).toEqual({ 'cop6-2012': [], 'cop8-2016': [], 'ga74-2019': ['A/74/127'], 'cop10-2020': [], 'cop12-2024': [] });
  const cop8 = read('cop8-2016');
  expect(elements(cop8, 'preface')).toEqual([]);
  expect(elements(cop8, 'FRBRdate').map((d) => d.attributes)).toEqual(Array(3).fill({ date: '2016-10-17', name: 'sessionStart' }));
  expect(elements(cop8, 'docTitle')).toEqual([]);
});
