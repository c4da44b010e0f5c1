import { fromHtml } from 'hast-util-from-html';
import { toXml } from 'xast-util-to-xml';
import { describe, expect, test } from 'vitest';
import { aknMeta, aknPreface, frbrNames, summaryParagraphs, workDate } from '../../../../src/lib/akn/akn-meta';
import type { ReportData, SessionData } from '../../../../src/lib/report-view';

const cop8Session: SessionData = {
  slug: 'cop8', body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  number: 8, ordinal: 'eighth', year: 2016, city: 'Vienna', startDate: '2016-10-17', endDate: '2016-10-21',
};
// As content/reports/cop8-2016.md: no cover, so no title, date, symbol or issuer.
const cop8: ReportData = { session: 'cop8', agendaSymbol: 'CTOC/COP/2016/1', source: '2016-cop8-secretariat.txt' };
const ga74Session: SessionData = { slug: 'ga74', body: 'General Assembly', number: 74, ordinal: 'seventy-fourth', year: 2019 };
const ga74: ReportData = {
  session: 'ga74', source: '2019-ga74-secretary-general.txt', title: 'Improving the coordination of efforts against trafficking in persons',
  documentType: 'Report of the Secretary-General', body: 'General Assembly', sessionTitle: 'Seventy-fourth session', distribution: 'General',
  distributionDate: '2019-06-18', originalLanguage: 'English', agendaItem: '108', agendaList: 'preliminary list', agendaSymbol: 'A/74/50',
  agendaItemTitle: 'Crime prevention and criminal justice', symbol: 'A/74/127',
};

describe('a report without a cover (cop8-like)', () => {
  test('dates its FRBR levels by the first day of its session, named sessionStart', () => {
    expect(workDate(cop8, cop8Session)).toEqual({ date: '2016-10-17', name: 'sessionStart' });
    expect(frbrNames(cop8Session, workDate(cop8, cop8Session))).toEqual({
      work: '/akn/un/doc/report/2016-10-17/cop8',
      expression: '/akn/un/doc/report/2016-10-17/cop8/eng@',
      manifestation: '/akn/un/doc/report/2016-10-17/cop8/eng@.akn',
    });
  });

  test('names no issuer, title or symbol: the work is by the United Nations as publisher', () => {
    const xml = toXml(aknMeta(cop8, cop8Session, []));
    expect(xml).toContain('<FRBRWork><FRBRthis value="/akn/un/doc/report/2016-10-17/cop8/!main"></FRBRthis><FRBRuri value="/akn/un/doc/report/2016-10-17/cop8"></FRBRuri>'
      + '<FRBRdate date="2016-10-17" name="sessionStart"></FRBRdate><FRBRauthor href="#united-nations" as="#publisher"></FRBRauthor>'
      + '<FRBRcountry value="un"></FRBRcountry><FRBRsubtype value="report"></FRBRsubtype><FRBRname value="report"></FRBRname></FRBRWork>');
    expect(xml).not.toContain('FRBRnumber');
    expect(xml).not.toContain('Secretariat');
    expect(xml).toContain('<TLCRole eId="publisher" href="/akn/ontology/role/publisher" showAs="Publisher"></TLCRole>');
  });

  test('has no preface', () => {
    expect(aknPreface(cop8)).toBeUndefined();
  });

  test('a session without a first day is an error naming the session file', () => {
    const { startDate: _, ...noStart } = cop8Session;
    expect(() => workDate(cop8, noStart)).toThrow('content/sessions/cop8.yaml: field "startDate": expected the first day of the session');
  });
});

describe('a report with a cover (ga74)', () => {
  test('carries its date of distribution, its symbol as FRBRnumber and its issuer as author', () => {
    const xml = toXml(aknMeta(ga74, ga74Session, []));
    expect(xml).toContain('<FRBRdate date="2019-06-18" name="distribution"></FRBRdate><FRBRauthor href="#united-nations-secretary-general"></FRBRauthor>');
    expect(xml).toContain('<FRBRnumber value="A/74/127"></FRBRnumber>');
    expect(xml).toContain('<FRBRlanguage language="eng"></FRBRlanguage>');
    expect(xml).toContain('<references source="#palermo-record"><TLCOrganization eId="palermo-record" href="/about/" showAs="Palermo Record"></TLCOrganization>'
      + '<TLCOrganization eId="united-nations-secretary-general" href="/akn/ontology/organization/un/united-nations-secretary-general" showAs="United Nations Secretary-General"></TLCOrganization></references>');
  });

  test('prints the cover in its order, the symbol only because the front matter has it', () => {
    const summary = summaryParagraphs(fromHtml('<p>On the <em>Global Report</em>.</p>', { fragment: true }));
    expect(toXml(aknPreface(ga74, summary)!)).toBe('<preface>'
      + '<p><docNumber>A/74/127</docNumber></p>'
      + '<p><docStatus>Distr.: General</docStatus> <docDate date="2019-06-18">18 June 2019</docDate></p>'
      + '<p>Original: English</p>'
      + '<p><docAuthority>General Assembly</docAuthority></p>'
      + '<p><session>Seventy-fourth session</session></p>'
      + '<p>Item 108 of the preliminary list (A/74/50)</p>'
      + '<p>Crime prevention and criminal justice</p>'
      + '<p><docType>Report of the Secretary-General</docType></p>'
      + '<p><docTitle>Improving the coordination of efforts against trafficking in persons</docTitle></p>'
      + '<container name="summary"><p>On the <i>Global Report</i>.</p></container>'
      + '</preface>');
  });

  test('without a symbol in the front matter, the preface has no docNumber', () => {
    const { symbol: _, ...cop12Like } = ga74;
    expect(toXml(aknPreface(cop12Like)!)).not.toContain('docNumber');
  });
});

test('a summary with anything but emphasis is rejected', () => {
  expect(() => summaryParagraphs(fromHtml('<p><a href="x">x</a></p>', { fragment: true }), 'content/reports/x.md'))
    .toThrow('content/reports/x.md: field "summary": expected text with emphasis only, found a <a>');
});
