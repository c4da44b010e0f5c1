import { fromHtml } from 'hast-util-from-html';
import { expect, test } from 'vitest';
import { aknBody } from '../../../../src/lib/akn/akn-body';
import { reportAknXml } from '../../../../src/lib/akn/report-to-akn';

const report = {
  slug: 'cop8-2016',
  data: { session: 'cop8', source: '2016-cop8-secretariat.txt' },
  session: { slug: 'cop8', body: 'Conference of the Parties', number: 8, ordinal: 'eighth', year: 2016, startDate: '2016-10-17' },
};
const body = (html: string) => aknBody(fromHtml(html, { fragment: true }), { file: 'content/reports/cop8-2016.md' });
const html = '<h2>I. Introduction</h2><div class="para" id="para-1"><p><a href="#para-1" class="para-num">1.</a> Fish &amp; chips &lt; tea.</p></div>';

test('writes the XML declaration, the AKN namespace and <doc name="report"> with meta and mainBody, no preface without a cover', () => {
  const xml = reportAknXml(report, body(html));
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n  <doc name="report">\n    <meta>\n')).toBe(true);
  expect(xml).not.toContain('<preface');
  expect(xml).toContain([
    '    <mainBody>',
    '      <chapter eId="chp_I">',
    '        <num>I.</num>',
    '        <heading>Introduction</heading>',
    '        <paragraph eId="para_1">',
    '          <num>1.</num>',
    '          <content>',
    '            <p>Fish &#x26; chips &#x3C; tea.</p>',
    '          </content>',
    '        </paragraph>',
    '      </chapter>',
    '    </mainBody>',
  ].join('\n'));
  expect(xml.endsWith('</akomaNtoso>\n')).toBe(true);
});

test('names the report file in errors', () => {
  expect(() => body('<h1>Title</h1>'))
    .toThrow('content/reports/cop8-2016.md: the report body has an h1 heading ("Title"); its outline starts at h2');
});
