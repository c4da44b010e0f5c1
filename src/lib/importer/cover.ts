// Reads the cover block (everything before the first chapter heading `I.`) into front matter
// fields. A cover line that matches no known field is an error, so a new layout is noticed
// rather than silently dropped.

import { cleanInline, unwrapEmphasis } from './clean-inline';
import { parseUnDate } from './dates';
import type { SourceLine } from './source-lines';

export interface CoverFields {
  body?: string;
  sessionTitle?: string;
  meeting?: string;
  distribution?: string;
  distributionDate?: string;
  originalLanguage?: string;
  agendaItem?: string;
  agendaList?: string;
  agendaItemTitle?: string;
  title?: string;
  documentType?: string;
  summary?: string;
}

export interface CoverProblem {
  line: number;
  message: string;
}

/** Groups lines into blocks separated by blank lines, stripping `#` marks. */
function blocks(lines: readonly SourceLine[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; parts: string[] } | undefined;
  for (const { line, text } of lines) {
    const stripped = text.replace(/^#{1,6}\s+/, '');
    if (stripped === '') {
      if (current) out.push({ line: current.line, text: current.parts.join(' ') });
      current = undefined;
      continue;
    }
    if (!current) current = { line, parts: [] };
    current.parts.push(stripped);
  }
  if (current) out.push({ line: current.line, text: current.parts.join(' ') });
  return out;
}

export function parseCover(lines: readonly SourceLine[]): { fields: CoverFields; problems: CoverProblem[] } {
  const fields: CoverFields = {};
  const problems: CoverProblem[] = [];
  const afterItem: { line: number; text: string }[] = [];
  let stage: 'head' | 'item' | 'summary' = 'head';
  const summary: string[] = [];

  // "Distr.: General" and its date may share a block (consecutive lines): split them first.
  const split = blocks(lines).flatMap((b) => {
    const m = /^(Distr\.:\s*\S+)\s+(\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(b.text);
    return m ? [{ line: b.line, text: m[1]! }, { line: b.line + 1, text: m[2]! }] : [b];
  });

  for (const block of split) {
    const text = unwrapEmphasis(cleanInline(block.text));
    if (stage === 'summary') {
      summary.push(text);
      continue;
    }
    let m: RegExpExecArray | null;
    if (fields.body === undefined && stage === 'head') fields.body = text;
    else if ((m = /^Distr\.:\s*(.+)$/.exec(text))) fields.distribution = m[1]!;
    else if (fields.distribution && !fields.distributionDate && parseUnDate(text)) fields.distributionDate = parseUnDate(text)!;
    else if ((m = /^Original:\s*(.+)$/.exec(text))) fields.originalLanguage = m[1]!;
    else if (/^[A-Z][a-z]+(?:-[a-z]+)? session$/.test(text)) fields.sessionTitle = text;
    else if (/^[A-Z][a-z]+, \d{1,2}\s*[-–]\s*\d{1,2} [A-Z][a-z]+ \d{4}$/.test(text)) fields.meeting = text;
    else if ((m = /^Item (.+?) of the (provisional agenda|preliminary list)\s*\*?$/.exec(text))) {
      fields.agendaItem = m[1]!;
      fields.agendaList = m[2]!;
      stage = 'item';
    } else if (text === 'Summary') stage = 'summary';
    else if (stage === 'item') afterItem.push({ line: block.line, text });
    else problems.push({ line: block.line, message: `cover line not recognised: "${text}"` });
  }

  // After the item line come: the item's title, the report's title, and "Report of the …".
  const typeIndex = afterItem.findIndex((b) => /^Report of the /.test(b.text));
  if (typeIndex >= 0) {
    fields.documentType = afterItem[typeIndex]!.text;
    const before = afterItem.slice(0, typeIndex);
    if (before.length === 2) {
      fields.agendaItemTitle = before[0]!.text;
      fields.title = before[1]!.text;
    } else if (before.length === 1) {
      fields.title = before[0]!.text;
    } else if (before.length > 2) {
      problems.push({ line: before[2]!.line, message: `more cover blocks than expected before "${fields.documentType}"` });
    }
    for (const extra of afterItem.slice(typeIndex + 1)) {
      problems.push({ line: extra.line, message: `cover line not recognised after the document type: "${extra.text}"` });
    }
  } else if (afterItem.length > 0) {
    problems.push({ line: afterItem[0]!.line, message: 'cover has no "Report of the …" line' });
  }
  if (summary.length > 0) fields.summary = summary.join('\n\n');
  return { fields, problems };
}
