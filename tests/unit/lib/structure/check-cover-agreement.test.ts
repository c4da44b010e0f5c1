// The front matter must agree with what its source establishes: the real reports with one field
// changed, checked against the real sources.
import { describe, expect, test } from 'vitest';
import { checkContentMetadata } from '../../../../src/lib/structure/check-content-metadata';
import { readContentFiles } from '../../../../src/lib/structure/check-content';
import { contentText } from '../../../../src/lib/text-file';

const files = readContentFiles(new URL('../../../../', import.meta.url).pathname);
const report = (slug: string) => files.reports.find((r) => r.path === `content/reports/${slug}.md`)!;

function checkEdited(slug: string, edit: (text: string) => string): string[] {
  const edited = { ...report(slug), bytes: edit(contentText(report(slug).bytes)) };
  return checkContentMetadata({ ...files, reports: [edited] }).map((e) => e.message);
}

describe('front matter against the source', () => {
  test('the five reports agree with their sources', () => {
    expect(files.sources?.length).toBe(5);
    expect(checkContentMetadata(files)).toEqual([]);
  });

  test('a deleted title is missing what the cover establishes', () => {
    expect(checkEdited('cop6-2012', (t) => t.replace(/^title: .*\n/m, ''))).toEqual([
      'content/reports/cop6-2012.md: field "title": expected "Activities of the United Nations Office on Drugs and Crime to promote…", as sources/2012-cop6-secretariat.txt establishes it, found nothing',
    ]);
  });

  test('an edited date names its line', () => {
    expect(checkEdited('cop12-2024', (t) => t.replace("distributionDate: '2024-07-23'", "distributionDate: '2024-07-24'"))).toEqual([
      'content/reports/cop12-2024.md:9: field "distributionDate": expected "2024-07-23", as sources/2024-cop12-secretariat.txt establishes it, found "2024-07-24"',
    ]);
  });

  test('a field the source does not establish (a guessed symbol) is refused', () => {
    expect(checkEdited('cop12-2024', (t) => t.replace('session: cop12\n', 'session: cop12\nsymbol: CTOC/COP/2024/2\n'))).toEqual([
      'content/reports/cop12-2024.md:6: field "symbol": expected nothing (sources/2024-cop12-secretariat.txt does not establish it), found "CTOC/COP/2024/2"',
    ]);
  });

  test('the 2016 report may not gain a title or date its source lacks', () => {
    const messages = checkEdited('cop8-2016', (t) => t.replace('session: cop8\n', "session: cop8\ndistributionDate: '2016-08-01'\n"));
    expect(messages).toEqual([expect.stringMatching(/^content\/reports\/cop8-2016\.md:3: field "distributionDate": expected nothing \(sources\/2016-cop8-secretariat\.txt does not establish it\), found "2016-08-01"$/)]);
  });

  test('a source that is not in sources/ is named', () => {
    expect(checkEdited('cop12-2024', (t) => t.replace('source: 2024-cop12-secretariat.txt', 'source: 2024-cop13-secretariat.txt'))).toEqual([
      expect.stringMatching(/^content\/reports\/cop12-2024\.md:\d+: field "source": expected a file of sources\/ \(2012-cop6-secretariat\.txt, .*\), found "2024-cop13-secretariat\.txt"$/),
    ]);
  });
});
