// The importer pipeline: source text → report Markdown. Pure: the caller reads and writes files.
// source lines (contents table and agenda footnote out) → cover fields → body blocks → Markdown.

import { parseBody } from './body';
import { parseCover } from './cover';
import { parseSourceName } from './slug';
import { readSourceLines } from './source-lines';
import { toMarkdown, type FrontMatter } from './to-markdown';

export interface EstablishedSymbol {
  /** Report slug, e.g. ga74-2019. */
  report: string;
  symbol: string;
}

export interface ImportOptions {
  /** Document symbols established by citations in other reports (content/established-symbols.yaml). */
  establishedSymbols?: readonly EstablishedSymbol[];
}

export interface ImportResult {
  slug: string;
  markdown: string;
  /** The front-matter fields the source establishes (its cover, agenda note, established symbol). */
  frontMatter: FrontMatter;
  counts: { paragraphs: number; subParagraphs: number; headings: number; footnotes: number; contentsLines: number };
}

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

const CHAPTER_ONE = /^(?:#{1,6}\s+)?(?:\*\*|\*)?I\.\s+\S/;

export function importReport(fileName: string, text: string, { establishedSymbols = [] }: ImportOptions = {}): ImportResult {
  const { slug, session } = parseSourceName(fileName);
  const source = fileName.split('/').pop()!;
  const { lines, agendaSymbol, contentsLines } = readSourceLines(text);
  const start = lines.findIndex((l) => CHAPTER_ONE.test(l.text));
  if (start < 0) throw new ImportError([`${fileName}: no chapter heading "I. …" found; cannot tell the cover from the body`]);

  const cover = parseCover(lines.slice(0, start));
  const body = parseBody(lines.slice(start));
  const problems = [...cover.problems, ...body.problems].map((p) => `${fileName}:${p.line}: ${p.message}`);
  if (problems.length > 0) throw new ImportError(problems);

  const symbol = establishedSymbols.find((s) => s.report === slug)?.symbol;
  const fields: FrontMatter = {
    ...cover.fields,
    session,
    ...(agendaSymbol !== undefined ? { agendaSymbol } : {}),
    ...(symbol !== undefined ? { symbol } : {}),
    source,
  };
  const count = (kind: string) => body.blocks.filter((b) => b.kind === kind).length;
  return {
    slug,
    markdown: toMarkdown(fields, body.blocks, body.footnotes),
    frontMatter: fields,
    counts: {
      paragraphs: count('paragraph'),
      subParagraphs: count('sub-paragraph'),
      headings: count('heading'),
      footnotes: body.footnotes.length,
      contentsLines,
    },
  };
}
