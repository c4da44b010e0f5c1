import { expect, test } from 'vitest';
import { checkSections, type SectionFiles } from '../../../../src/lib/cross-session/check-sections';
import { yamlLines } from '../../../../src/lib/structure/yaml-lines';

const THEME = `slug: victims
name: Victims
description: D.
sections:
  - report: cop6-2012
    heading: E. Victim protection
  - report: cop8-2016
    heading: 6. Victim protection
`;
const located = <T>(file: string, text: string, data: T) => ({ file, data, lineOf: yamlLines(text) });
const outlines = new Map([
  ['cop6-2012', ['I. Introduction', 'E. Victim protection']],
  ['cop8-2016', ['I. Introduction', '6. Victim protection']],
]);
const EXCLUDED = `- report: cop6-2012
  heading: I. Introduction
  reason: Introduces.
- report: cop8-2016
  heading: I. Introduction
  reason: Introduces.
`;
function files(theme: string, excluded = EXCLUDED, conclusions: { report: string; heading: string }[] = []): SectionFiles {
  const sections = [...theme.matchAll(/report: (\S+)\n\s+heading: (.+)/g)].map((m) => ({ report: m[1]!, heading: m[2]! }));
  const exclusions = [...excluded.matchAll(/report: (\S+)\n\s+heading: (.+)/g)].map((m) => ({ report: m[1]!, heading: m[2]! }));
  return {
    themes: [located('content/themes/victims.yaml', theme, { slug: 'victims', sections })],
    exclusions: located('content/theme-exclusions.yaml', excluded, exclusions),
    conclusions: located('content/conclusions.yaml', '', conclusions),
  };
}
const messages = (f: SectionFiles) => checkSections(f, outlines).map((e) => e.message);

test('every heading placed once: no errors', () => {
  expect(messages(files(THEME))).toEqual([]);
});

test('a heading left out names its report and says where to put it', () => {
  expect(messages(files(THEME, EXCLUDED.split('- report: cop8-2016')[0]!))).toEqual([
    'content/reports/cop8-2016.md: the heading "I. Introduction" is in no theme (content/themes/) and not in content/theme-exclusions.yaml with a reason',
  ]);
});

test('a section whose heading the report does not have names the file and line', () => {
  expect(messages(files(THEME.replace('6. Victim protection', '6. Victims')))).toEqual([
    'content/themes/victims.yaml:7: content/reports/cop8-2016.md has no heading "6. Victims"',
    'content/reports/cop8-2016.md: the heading "6. Victim protection" is in no theme (content/themes/) and not in content/theme-exclusions.yaml with a reason',
  ]);
});

test('a section listed twice in one theme, an unknown report, a heading both themed and excluded', () => {
  const twice = `${THEME}  - report: cop6-2012\n    heading: E. Victim protection\n  - report: cop9-2018\n    heading: X\n`;
  const both = `${EXCLUDED}- report: cop6-2012\n  heading: E. Victim protection\n  reason: R.\n`;
  expect(messages(files(twice, both))).toEqual([
    'content/themes/victims.yaml:9: lists cop6-2012 "E. Victim protection" twice',
    'content/themes/victims.yaml:11: no report "cop9-2018" in content/reports/',
    'content/theme-exclusions.yaml:7: cop6-2012 "E. Victim protection" is in the theme "victims" (content/themes/victims.yaml): a heading is either in a theme or excluded',
  ]);
});

test('a closing section must be a heading of its report; a heading printed twice cannot name a section', () => {
  const twiceOutlines = new Map([...outlines, ['cop6-2012', ['I. Introduction', 'E. Victim protection', 'I. Introduction']]]);
  expect(checkSections(files(THEME, EXCLUDED, [{ report: 'cop8-2016', heading: 'III. Conclusions' }]), twiceOutlines).map((e) => e.message)).toEqual([
    'content/theme-exclusions.yaml:1: content/reports/cop6-2012.md has 2 headings "I. Introduction": a section must be named by a heading it has once',
    'content/conclusions.yaml: content/reports/cop8-2016.md has no heading "III. Conclusions"',
    'content/reports/cop6-2012.md: the heading "I. Introduction" is in no theme (content/themes/) and not in content/theme-exclusions.yaml with a reason',
  ]);
});
