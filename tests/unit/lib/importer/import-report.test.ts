import { describe, expect, test } from 'vitest';
import { importReport, ImportError } from '../../../../src/lib/importer/index';

/** The body Markdown (front matter removed) of a one-off source. */
function body(source: string, fileName = '2099-cop99-secretariat.txt'): string {
  return importReport(fileName, source).markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');
}
function frontMatter(source: string, fileName = '2099-cop99-secretariat.txt'): string {
  return /^---\n([\s\S]*?)\n---/.exec(importReport(fileName, source).markdown)![1]!;
}

describe('cover block', () => {
  test('a Conference cover becomes front matter, not body', () => {
    const source = [
      '', '# Conference of the Parties to the United Nations Convention against Transnational Organized Crime', '',
      'Distr.: General  ', '20 July 2020', '', 'Original: English', '', '## Tenth session', '',
      'Vienna, 12–16 October 2020', '', 'Item 2 (b) of the provisional agenda\\*', '',
      '**Review of the implementation  ', 'of the Convention**', '', '## **Activities of UNODC**', '',
      '### **Report of the Secretariat**', '', '#### **I. Introduction**', '', '1. Text.', '',
      '\\* [CTOC/COP/2020/1](#).', '',
    ].join('\n');
    expect(frontMatter(source)).toBe([
      'title: Activities of UNODC',
      'documentType: Report of the Secretariat',
      'body: Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'session: cop99',
      'sessionTitle: Tenth session',
      'meeting: Vienna, 12–16 October 2020',
      'distribution: General',
      "distributionDate: '2020-07-20'",
      'originalLanguage: English',
      'agendaItem: 2 (b)',
      'agendaList: provisional agenda',
      'agendaSymbol: CTOC/COP/2020/1',
      'agendaItemTitle: Review of the implementation of the Convention',
      'source: 2099-cop99-secretariat.txt',
    ].join('\n'));
    expect(body(source)).toBe('## I. Introduction\n\n1\\. Text.\n');
  });

  test('a General Assembly cover keeps its Summary and loses its Contents table', () => {
    const source = [
      'General Assembly', '', 'Distr.: General', '18 June 2019', '', 'Original: English', '',
      'Seventy-fourth session', '', 'Item 108 of the preliminary list*', '', 'Crime prevention and criminal justice', '',
      'Improving coordination', '', 'Report of the Secretary-General', '', 'Summary', '',
      'The present report has been prepared pursuant to resolution [72/195](#).', '', '* [A/74/50](#).', '',
      'Contents', '', '\t<i>Page</i>', 'I. Introduction.\t3', 'II. Status.\t3', '', 'I. Introduction', '', '1. Text.',
    ].join('\n');
    expect(frontMatter(source, '2019-ga74-secretary-general.txt')).toBe([
      'title: Improving coordination',
      'documentType: Report of the Secretary-General',
      'body: General Assembly',
      'session: ga74',
      'sessionTitle: Seventy-fourth session',
      'distribution: General',
      "distributionDate: '2019-06-18'",
      'originalLanguage: English',
      'agendaItem: "108"',
      'agendaList: preliminary list',
      'agendaSymbol: A/74/50',
      'agendaItemTitle: Crime prevention and criminal justice',
      'summary: The present report has been prepared pursuant to resolution 72/195.',
      'source: 2019-ga74-secretary-general.txt',
    ].join('\n'));
    expect(body(source, '2019-ga74-secretary-general.txt')).toBe('## I. Introduction\n\n1\\. Text.\n');
  });

  test('a report without a cover has only what its text gives', () => {
    const source = '  I. Introduction \n \n1. Text. \n__________________ \n \n *  CTOC/COP/2016/1. \n 2. More. \n';
    expect(frontMatter(source, '2016-cop8-secretariat.txt')).toBe(
      'session: cop8\nagendaSymbol: CTOC/COP/2016/1\nsource: 2016-cop8-secretariat.txt',
    );
  });

  test('a cover line that matches no field stops the import with its line number', () => {
    const source = 'General Assembly\n\nDistr.: General\n18 June 2019\n\nSomething unexpected here\n\nI. Introduction\n\n1. Text.';
    expect(() => importReport('2019-ga74-x.txt', source)).toThrow(ImportError);
    expect(() => importReport('2019-ga74-x.txt', source)).toThrow('2019-ga74-x.txt:6: cover line not recognised: "Something unexpected here"');
  });

  test('a source with no chapter heading is refused', () => {
    expect(() => importReport('2019-ga74-x.txt', '1. Text.')).toThrow('no chapter heading "I. …" found');
  });
});

describe('headings follow the outline, not the source marks', () => {
  test('#### I. / ## A. / ### 1. / italic run-in become ## / ### / #### / #####', () => {
    const source = [
      '#### **I. Introduction**', '', '1. One.', '', '## **A. Section**', '', '### **1. Supporting bodies**', '',
      '##### *General Assembly*', '', '2. Two.', '', '*Security Council*', '', '3. Three.',
    ].join('\n');
    expect(body(source)).toBe([
      '## I. Introduction', '1\\. One.', '### A. Section', '#### 1. Supporting bodies', '##### General Assembly',
      '2\\. Two.', '##### Security Council', '3\\. Three.',
    ].join('\n\n') + '\n');
  });

  test('an italic sub-heading right under a lettered section is one level below it', () => {
    expect(body('I. One\n\nA. Section\n\n*Run-in*\n\n1. Text.')).toBe('## I. One\n\n### A. Section\n\n#### Run-in\n\n1\\. Text.\n');
  });

  test('a numbered sub-heading is not a paragraph, and paragraph numbers run on', () => {
    const source = 'I. One\n\n1. First.\n\nA. Section\n\n1. Legislation\n\n2. Second.\n\n2. Prevention\n\n3. Third.';
    expect(body(source)).toBe(
      '## I. One\n\n1\\. First.\n\n### A. Section\n\n#### 1. Legislation\n\n2\\. Second.\n\n#### 2. Prevention\n\n3\\. Third.\n',
    );
  });

  test('a heading wrapped over two PDF lines is one heading', () => {
    const source = ' II. Activities to assist States in the implementation of the \nProtocol  \n \n';
    expect(body(` I. One \n\n1. Text. \n\n${source}2. More.`)).toBe(
      '## I. One\n\n1\\. Text.\n\n## II. Activities to assist States in the implementation of the Protocol\n\n2\\. More.\n',
    );
  });

  test('a two-line numbered sub-heading directly after a paragraph line', () => {
    const source = 'I. One\n\nA. Section\n\n1. Text ends here. \n  1. Conference of the Parties to the Convention against \nTransnational Organized Crime \n \n2. Next.';
    expect(body(source)).toBe(
      '## I. One\n\n### A. Section\n\n1\\. Text ends here.\n\n#### 1. Conference of the Parties to the Convention against Transnational Organized Crime\n\n2\\. Next.\n',
    );
  });

  test('an unnumbered plain line right after a heading is a sub-heading', () => {
    expect(body('I. One\n\nA. Towards\n\nAppraisal of the Plan\n\n1. Text.')).toBe(
      '## I. One\n\n### A. Towards\n\n#### Appraisal of the Plan\n\n1\\. Text.\n',
    );
  });
});

describe('paragraphs', () => {
  test('hard line wraps and trailing spaces are joined with single spaces', () => {
    expect(body('I. One\n\n1. The present report seeks to inform the Conference \nof the Parties, at its eighth session.  \n')).toBe(
      '## I. One\n\n1\\. The present report seeks to inform the Conference of the Parties, at its eighth session.\n',
    );
  });

  test('a wrapped line that starts with a year is not a paragraph', () => {
    expect(body('I. One\n\n1. Held in Istanbul from 14 to 16 October\n2015. Following the adoption.\n\n2. Next.')).toBe(
      '## I. One\n\n1\\. Held in Istanbul from 14 to 16 October 2015. Following the adoption.\n\n2\\. Next.\n',
    );
  });

  test('a paragraph split by a page break is re-joined', () => {
    expect(body('I. One\n\n1. The working group is composed of the\n\nInter-Agency Coordination Group.\n\n2. Next.')).toBe(
      '## I. One\n\n1\\. The working group is composed of the Inter-Agency Coordination Group.\n\n2\\. Next.\n',
    );
  });

  test('a paragraph split by a footnote block is re-joined and the note goes to the end', () => {
    const source = 'I. One\n\n1. In 26 countries,<sup>1</sup> with a total of\n\n<sup>1</sup> Algeria and Angola.\n\n---\n\n63 countries represented.\n\n2. Next.';
    expect(body(source)).toBe(
      '## I. One\n\n1\\. In 26 countries,[^1] with a total of 63 countries represented.\n\n2\\. Next.\n\n[^1]: Algeria and Angola.\n',
    );
  });

  test('numbers out of sequence are text, never renumbered', () => {
    expect(body('I. One\n\n1. See para. 26 (b).\n\n2. Next.')).toBe('## I. One\n\n1\\. See para. 26 (b).\n\n2\\. Next.\n');
  });
});

describe('sub-paragraphs', () => {
  test('(a) (b) and "- (c)" stay attached to their paragraph as their own blocks', () => {
    expect(body('I. One\n\n1. As follows:\n\n (a) First; \n\n- (b) Second;\n- (c) Third.\n\n2. Next.')).toBe(
      '## I. One\n\n1\\. As follows:\n\n(a) First;\n\n(b) Second;\n\n(c) Third.\n\n2\\. Next.\n',
    );
  });

  test('a label at the start of a hard-wrapped line is running text', () => {
    expect(body('I. One\n\n1. Areas: (a) legislative; (c) data collection and research;\n(d) prevention; and (e) protection.')).toBe(
      '## I. One\n\n1\\. Areas: (a) legislative; (c) data collection and research; (d) prevention; and (e) protection.\n',
    );
  });

  test('a sub-paragraph split by a page break is re-joined to the sub-paragraph', () => {
    expect(body('I. One\n\n1. To:\n\n(a) Work with the High-level\n\nCommittee on Management;\n\n(b) Invite.')).toBe(
      '## I. One\n\n1\\. To:\n\n(a) Work with the High-level Committee on Management;\n\n(b) Invite.\n',
    );
  });
});

describe('footnotes and inline noise', () => {
  test('a PDF footnote under a rule is referenced where its digit was glued to the text', () => {
    const source = 'I. One\n\n1. Acknowledged by partner organizations.1 \n__________________ \n 1  A press release is available at \nwww.eurojust.europa.eu. \n 2. International cooperation.';
    expect(body(source)).toBe(
      '## I. One\n\n1\\. Acknowledged by partner organizations.[^1]\n\n2\\. International cooperation.\n\n[^1]: A press release is available at www.eurojust.europa.eu.\n',
    );
  });

  test('escapes are resolved and empty links become plain text; real links stay', () => {
    const source = 'I. One\n\n1. Up to \\$25,000; resolution [2388 \\(2017\\)](#) and [72/195](#).<sup>1</sup>\n\n<sup>1</sup> See [www.x.org/a\\\\_b](http://www.x.org/a\\\\_b).';
    expect(body(source)).toBe(
      '## I. One\n\n1\\. Up to $25,000; resolution 2388 (2017) and 72/195.[^1]\n\n[^1]: See [www.x.org/a_b](http://www.x.org/a_b).\n',
    );
  });

  test('a whole-heading italic is unwrapped', () => {
    expect(body('I. One\n\n1. Text.\n\nII. *The Global Report: update*\n\n2. More.')).toBe(
      '## I. One\n\n1\\. Text.\n\n## II. The Global Report: update\n\n2\\. More.\n',
    );
  });

  test('the same input gives the same bytes', () => {
    const source = 'I. One\n\n1. Text,<sup>1</sup> more.\n\n<sup>1</sup> Note.';
    expect(importReport('2099-cop99-x.txt', source).markdown).toBe(importReport('2099-cop99-x.txt', source).markdown);
  });
});
