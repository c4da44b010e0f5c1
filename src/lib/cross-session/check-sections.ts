// The section mappings against the report outlines: every theme section, excluded heading and
// closing section names a heading its report has (once); no theme lists a section twice; and
// every heading of every report is placed, in a theme or among the exclusions with a reason,
// never in both. Each error names the mapping file and line, or the report whose heading is left.
import { ContentError } from '../errors';
import type { SectionRef } from '../../schemas/theme';
import type { Located } from '../structure/yaml-lines';

/** The headings of a report's body, as printed (the notes heading is not a section). */
export type Outlines = ReadonlyMap<string, readonly string[]>;

export interface SectionFiles {
  themes: readonly Located<{ slug: string; sections: SectionRef[] }>[];
  exclusions: Located<readonly SectionRef[]>;
  conclusions: Located<readonly SectionRef[]>;
}

const key = (ref: SectionRef) => `${ref.report}\0${ref.heading}`;

export function checkSections({ themes, exclusions, conclusions }: SectionFiles, outlines: Outlines): ContentError[] {
  const errors: ContentError[] = [];
  const refuse = (file: string, line: number | undefined, problem: string): void => void errors.push(new ContentError({ file, line, problem }));
  const exists = (ref: SectionRef, file: string, line: number | undefined): boolean => {
    const headings = outlines.get(ref.report);
    const count = headings?.filter((h) => h === ref.heading).length ?? 0;
    if (!headings) refuse(file, line, `no report "${ref.report}" in content/reports/`);
    else if (count === 0) refuse(file, line, `content/reports/${ref.report}.md has no heading "${ref.heading}"`);
    else if (count > 1) refuse(file, line, `content/reports/${ref.report}.md has ${count} headings "${ref.heading}": a section must be named by a heading it has once`);
    return count === 1;
  };

  const inTheme = new Map<string, string>();
  for (const theme of themes) {
    const seen = new Set<string>();
    theme.data.sections.forEach((ref, i) => {
      const line = theme.lineOf(['sections', i]);
      if (!exists(ref, theme.file, line)) return;
      if (seen.has(key(ref))) return refuse(theme.file, line, `lists ${ref.report} "${ref.heading}" twice`);
      seen.add(key(ref));
      if (!inTheme.has(key(ref))) inTheme.set(key(ref), theme.data.slug);
    });
  }
  const excluded = new Set<string>();
  exclusions.data.forEach((ref, i) => {
    const line = exclusions.lineOf([i]);
    if (!exists(ref, exclusions.file, line)) return;
    if (excluded.has(key(ref))) return refuse(exclusions.file, line, `lists ${ref.report} "${ref.heading}" twice`);
    excluded.add(key(ref));
    const theme = inTheme.get(key(ref));
    if (theme) refuse(exclusions.file, line, `${ref.report} "${ref.heading}" is in the theme "${theme}" (content/themes/${theme}.yaml): a heading is either in a theme or excluded`);
  });
  conclusions.data.forEach((ref, i) => void exists(ref, conclusions.file, conclusions.lineOf([i])));

  for (const [report, headings] of outlines) {
    for (const heading of new Set(headings)) {
      const k = key({ report, heading });
      if (!inTheme.has(k) && !excluded.has(k)) {
        refuse(`content/reports/${report}.md`, undefined, `the heading "${heading}" is in no theme (content/themes/) and not in ${exclusions.file} with a reason`);
      }
    }
  }
  return errors;
}
