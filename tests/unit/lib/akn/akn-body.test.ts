import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { describe, expect, test } from 'vitest';
import { aknBody, splitHeading } from '../../../../src/lib/akn/akn-body';

const names = new Map([['country:DZA', 'Algeria'], ['organization:unodc', 'United Nations Office on Drugs and Crime'], ['programme:glo-act', 'GLO.ACT']]);
const body = (html: string) => aknBody(fromHtml(html, { fragment: true }), { file: 'content/reports/x.md', entityNames: names });
const xml = (elements: Element[]) => elements.map((e) => toXml(e)).join('');
const para = (n: number, inner: string, rest = '') => `<div class="para" id="para-${n}" data-para="${n}"><p><a href="#para-${n}" class="para-num">${n}.</a> ${inner}</p>${rest}</div>`;

test.each([
  ['I. Introduction', { num: 'I.', heading: 'Introduction' }],
  ['A. Legislative assistance', { num: 'A.', heading: 'Legislative assistance' }],
  ['12. Data', { num: '12.', heading: 'Data' }],
  ['Appraisal of the Global Plan', { heading: 'Appraisal of the Global Plan' }],
])('splits the heading "%s"', (text, expected) => {
  expect(splitHeading(text)).toEqual(expected);
});

describe('the outline', () => {
  const { children } = body([
    '<h2 id="i">I. Introduction</h2>', para(1, 'One.'),
    '<h2 id="ii">II. Activities</h2>', '<h3 id="a">A. Normative work</h3>', '<h4 id="x">1. Bodies</h4>',
    '<h5 id="c">Conference of the Parties</h5>', para(2, 'Two.'), '<h5 id="g">General Assembly</h5>', para(3, 'Three.'),
    '<h4 id="y">2. Tools</h4>', para(4, 'Four.'),
    '<h3 id="b">B. Technical assistance</h3>',
  ].join('\n'));

  test('h2 are chapters with <num> and <heading>, holding their paragraphs', () => {
    expect(children.map((c) => [c.name, c.attributes.eId])).toEqual([['chapter', 'chp_I'], ['chapter', 'chp_II']]);
    expect(toXml(children[0]!)).toBe('<chapter eId="chp_I"><num>I.</num><heading>Introduction</heading><paragraph eId="para_1"><num>1.</num><content><p>One.</p></content></paragraph></chapter>');
  });

  test('h3 → section, h4 → subsection, h5 → hcontainer counted by position, and a heading-only section is kept', () => {
    const chapter = children[1]!;
    const sections = chapter.children.filter((c): c is Element => c.type === 'element' && c.name === 'section');
    expect(sections.map((s) => s.attributes.eId)).toEqual(['chp_II__sec_A', 'chp_II__sec_B']);
    expect(toXml(sections[1]!)).toBe('<section eId="chp_II__sec_B"><num>B.</num><heading>Technical assistance</heading></section>');
    const subsection = sections[0]!.children[2] as Element;
    expect(subsection.attributes).toEqual({ eId: 'chp_II__sec_A__subsec_1' });
    expect(xml(subsection.children.slice(2) as Element[])).toBe(
      '<hcontainer name="subsubsection" eId="chp_II__sec_A__subsec_1__hcontainer_1"><heading>Conference of the Parties</heading>'
      + '<paragraph eId="para_2"><num>2.</num><content><p>Two.</p></content></paragraph></hcontainer>'
      + '<hcontainer name="subsubsection" eId="chp_II__sec_A__subsec_1__hcontainer_2"><heading>General Assembly</heading>'
      + '<paragraph eId="para_3"><num>3.</num><content><p>Three.</p></content></paragraph></hcontainer>',
    );
    expect((sections[0]!.children[3] as Element).attributes.eId).toBe('chp_II__sec_A__subsec_2');
  });
});

test('a paragraph with (a) and (d)(iv) becomes <intro> and nested <subparagraph>s', () => {
  const sub = (id: string, label: string, text: string, inner = '') => `<div class="subpara" id="${id}"><p><a href="#${id}" class="subpara-label">(${label})</a> ${text}</p>${inner}</div>`;
  const { children } = body(para(139, 'Recommended:', sub('para-139-a', 'a', 'Encourage;') + sub('para-139-d', 'd', 'In order to:', sub('para-139-d-iv', 'iv', 'Provide interpretation;'))));
  expect(toXml(children[0]!)).toBe(
    '<paragraph eId="para_139"><num>139.</num><intro><p>Recommended:</p></intro>'
    + '<subparagraph eId="para_139__subpara_a"><num>(a)</num><content><p>Encourage;</p></content></subparagraph>'
    + '<subparagraph eId="para_139__subpara_d"><num>(d)</num><intro><p>In order to:</p></intro>'
    + '<subparagraph eId="para_139__subpara_d__subpara_iv"><num>(iv)</num><content><p>Provide interpretation;</p></content></subparagraph>'
    + '</subparagraph></paragraph>',
  );
});

test('a note reference becomes an <authorialNote> at its place, with the note text and no back link', () => {
  const result = body(para(52, 'Acknowledged.<sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnotes-label">1</a></sup> Then more.')
    + '<section data-footnotes class="footnotes"><h2 id="footnotes-label">Notes</h2><ol><li id="fn-1"><p>A press release. <a href="#fnref-1" data-footnote-backref class="data-footnote-backref" aria-label="Back to reference 1">↩</a></p></li></ol></section>');
  expect(toXml(result.children[0]!)).toBe(
    '<paragraph eId="para_52"><num>52.</num><content><p>Acknowledged.'
    + '<authorialNote marker="1" placement="bottom" eId="para_52__authorialNote_1"><p>A press release.</p></authorialNote>'
    + ' Then more.</p></content></paragraph>',
  );
  expect(result.children).toHaveLength(1);
  expect(result.notes).toEqual(['1']);
});

test('a note the text never refers to is an error, not dropped', () => {
  expect(() => body(`${para(1, 'Text.')}<section class="footnotes"><ol><li id="fn-2"><p>Stray.</p></li></ol></section>`))
    .toThrow('content/reports/x.md: note 2 is in the notes section but nowhere in the text');
});

test('a cited document is a <ref href>, a URL an <a href>, emphasis <i>', () => {
  const { children } = body(para(2, 'In resolution <a href="https://undocs.org/A/RES/72/195" class="reference">72/195</a>, see <a href="https://www.unodc.org" class="url-text">www.unodc.org</a> and <em>Global Report</em>.'));
  expect(toXml(children[0]!)).toBe(
    '<paragraph eId="para_2"><num>2.</num><content><p>In resolution <ref href="https://undocs.org/A/RES/72/195">72/195</ref>, '
    + 'see <a href="https://www.unodc.org">www.unodc.org</a> and <i>Global Report</i>.</p></content></paragraph>',
  );
});

test('mentions become <location>, <organization> and <concept> with one TLC each, in order of first mention', () => {
  const result = body(para(3, '<a href="/organizations/unodc/" class="mention mention-organization">UNODC</a> in <a href="/countries/dza/" class="mention mention-country">Algeria</a> under <a href="/programmes/glo-act/" class="mention mention-programme">GLO.ACT</a>; <a href="/organizations/unodc/" class="mention mention-organization">the Office</a>.'));
  expect(toXml(result.children[0]!)).toBe(
    '<paragraph eId="para_3"><num>3.</num><content><p><organization refersTo="#unodc">UNODC</organization> in <location refersTo="#dza">Algeria</location> '
    + 'under <concept refersTo="#glo-act">GLO.ACT</concept>; <organization refersTo="#unodc">the Office</organization>.</p></content></paragraph>',
  );
  expect(result.tlcs).toEqual([
    { element: 'TLCOrganization', eId: 'unodc', href: '/organizations/unodc/', showAs: 'United Nations Office on Drugs and Crime' },
    { element: 'TLCLocation', eId: 'dza', href: '/countries/dza/', showAs: 'Algeria' },
    { element: 'TLCConcept', eId: 'glo-act', href: '/programmes/glo-act/', showAs: 'GLO.ACT' },
  ]);
});

test('a mention of an entity the data does not name is an error', () => {
  expect(() => body(para(1, '<a href="/countries/xyz/" class="mention mention-country">Xyz</a>')))
    .toThrow('content/reports/x.md: the country "xyz" mentioned in the text has no name in the entity data');
});

test('a table and an unnumbered paragraph are kept in one <hcontainer name="unnumbered">', () => {
  const { children } = body('<h2>I. Data</h2><p>Table 1</p><table><thead><tr><th>Region</th><th colspan="2">Cases</th></tr></thead><tbody><tr><td>Africa</td><td>3</td><td>4</td></tr></tbody></table>' + para(1, 'After.'));
  expect(toXml(children[0]!)).toBe(
    '<chapter eId="chp_I"><num>I.</num><heading>Data</heading>'
    + '<hcontainer name="unnumbered" eId="chp_I__hcontainer_1"><content><p>Table 1</p>'
    + '<table><tr><th><p>Region</p></th><th colspan="2"><p>Cases</p></th></tr><tr><td><p>Africa</p></td><td><p>3</p></td><td><p>4</p></td></tr></table>'
    + '</content></hcontainer>'
    + '<paragraph eId="para_1"><num>1.</num><content><p>After.</p></content></paragraph></chapter>',
  );
});

test('text keeps & and < as text; the serializer escapes them', () => {
  const { children } = body(para(5, 'Research &amp; data &lt;2020&gt; <em>a &lt; b</em>'));
  const p = ((children[0]!.children[1] as Element).children[0] as Element);
  expect(p.children[0]).toEqual({ type: 'text', value: 'Research & data <2020> ' });
  expect(toXml(children[0]!)).toBe('<paragraph eId="para_5"><num>5.</num><content><p>Research &#x26; data &#x3C;2020> <i>a &#x3C; b</i></p></content></paragraph>');
});

test('an element it does not map is rejected with the file named', () => {
  expect(() => body(para(1, 'A <code>x</code>'))).toThrow('content/reports/x.md: the text holds a <code> inside a paragraph');
});

test('the site\'s theme lines beside a heading are not the report\'s text: left out', () => {
  const { children } = body(`<h2 id="i">I. Introduction</h2><p class="same-theme" data-pagefind-ignore="">Theme: <a href="/themes/x/">X</a></p>${para(1, 'One.')}`);
  expect(xml(children)).toBe('<chapter eId="chp_I"><num>I.</num><heading>Introduction</heading><paragraph eId="para_1"><num>1.</num><content><p>One.</p></content></paragraph></chapter>');
});
