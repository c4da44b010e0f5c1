// The citation of a paragraph and a sub-paragraph of each report, from the real front matter
// (cop6, cop10 and cop12 have no sub-paragraphs: their first and last paragraphs instead).
import { describe, expect, test } from 'vitest';
import { readReportFiles } from '../../../src/data/read-report-files';
import { readSessions } from '../../../src/data/read-sessions';
import { citeReport, pinpoint, suppliedNote } from '../../../src/lib/citation';
import type { ReportData, SessionData } from '../../../src/lib/report-view';

const root = new URL('../../../', import.meta.url).pathname;
const sessions = new Map(readSessions(root).map((s) => [s.slug, s]));
const reports = new Map(readReportFiles(root).files.map((f) => [f.id, f.frontMatter as ReportData]));
const cite = (slug: string, anchor: string) => {
  const report = reports.get(slug)!;
  const url = `https://example.org/reports/${slug}/#${anchor}`;
  return citeReport(report, sessions.get(report.session)!, pinpoint(anchor), url).text;
};

const SECRETARIAT_TITLE =
  '“Activities of the United Nations Office on Drugs and Crime to promote and support the implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime”';
const COP = 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';

describe('the citation of each report', () => {
  test.each([
    ['cop6-2012', 'para-12', `Report of the Secretariat to the ${COP}, sixth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2012/1), 29 June 2012, para. 12.`],
    ['cop6-2012', 'para-39', `Report of the Secretariat to the ${COP}, sixth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2012/1), 29 June 2012, para. 39.`],
    ['cop8-2016', 'para-2', `Report to the ${COP}, eighth session, [2016], para. 2.`],
    ['cop8-2016', 'para-3-c', `Report to the ${COP}, eighth session, [2016], para. 3 (c).`],
    ['ga74-2019', 'para-2', `Report of the Secretary-General to the General Assembly, seventy-fourth session, “Improving the coordination of efforts against trafficking in persons”, A/74/127, item 108 of the preliminary list (A/74/50), 18 June 2019, para. 2.`],
    ['ga74-2019', 'para-139-d-iv', `Report of the Secretary-General to the General Assembly, seventy-fourth session, “Improving the coordination of efforts against trafficking in persons”, A/74/127, item 108 of the preliminary list (A/74/50), 18 June 2019, para. 139 (d) (iv).`],
    ['cop10-2020', 'para-70', `Report of the Secretariat to the ${COP}, tenth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2020/1), 20 July 2020, para. 70.`],
    ['cop10-2020', 'para-88', `Report of the Secretariat to the ${COP}, tenth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2020/1), 20 July 2020, para. 88.`],
    ['cop12-2024', 'para-42', `Report of the Secretariat to the ${COP}, twelfth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2024/1), 23 July 2024, para. 42.`],
    ['cop12-2024', 'para-91', `Report of the Secretariat to the ${COP}, twelfth session, ${SECRETARIAT_TITLE}, item 2 (b) of the provisional agenda (CTOC/COP/2024/1), 23 July 2024, para. 91.`],
  ])('%s #%s', (slug, anchor, expected) => {
    expect(cite(slug, anchor)).toBe(`${expected} https://example.org/reports/${slug}/#${anchor}`);
  });

  test('never puts the agenda symbol where the report symbol goes', () => {
    for (const [slug, report] of reports) {
      const text = cite(slug, 'para-1');
      if (report.agendaSymbol) expect(text).not.toMatch(new RegExp(`\\((?:${report.agendaSymbol.replace(/[/.]/g, '\\$&')}),`));
      if (!report.symbol) expect(text).not.toMatch(/\bA\/\d+\/\d+, /);
    }
  });
});

const session: SessionData = { slug: 'cop9', body: 'Conference of the Parties', number: 9, ordinal: 'ninth', year: 2018, startDate: '2018-10-15' };

describe('citeReport', () => {
  test('supplies nothing the data has, and marks the year it supplies, with its basis', () => {
    const cited = citeReport({ session: 'cop9', source: 'x.txt' }, session, 'para. 1');
    expect(cited.text).toBe('Report to the Conference of the Parties, ninth session, [2018], para. 1.');
    expect(cited.supplied).toEqual([{ text: '[2018]', basis: expect.stringContaining('no date of distribution') }]);
    expect(suppliedNote(cited.supplied)).toMatch(/^In citations, \[2018\] is supplied by this edition: the source gives no date of distribution; 2018 is the year of the ninth session \(public record: it met from 15 October 2018\)\.$/);
  });

  test('an agenda symbol without its item is left out (it would read as the report symbol)', () => {
    const cited = citeReport({ session: 'cop9', source: 'x.txt', agendaSymbol: 'CTOC/COP/2018/1', distributionDate: '2018-07-01' }, session);
    expect(cited.text).toBe('Report to the Conference of the Parties, ninth session, 1 July 2018.');
    expect(cited.supplied).toEqual([]);
    expect(suppliedNote(cited.supplied)).toBeUndefined();
  });

  test('a title with "$&" or "{url}" in it is kept as written', () => {
    const cited = citeReport({ session: 'cop9', source: 'x.txt', title: 'A $& B {url}', distributionDate: '2018-07-01' }, session, 'para. 2', 'https://e.org/#para-2');
    expect(cited.text).toBe('Report to the Conference of the Parties, ninth session, “A $& B {url}”, 1 July 2018, para. 2. https://e.org/#para-2');
  });
});

describe('pinpoint', () => {
  test.each([['para-12', 'para. 12'], ['para-12-a', 'para. 12 (a)'], ['para-139-d-iv', 'para. 139 (d) (iv)'], ['fn-3', undefined], ['para-%', undefined]])(
    '%s → %s', (id, expected) => expect(pinpoint(id)).toBe(expected),
  );
});
