// Splits a source text into numbered lines and takes out what is not document text but
// layout of the export: the Contents table (the site builds its own) and the `*` footnote of
// the agenda line, whose symbol belongs in the front matter.

export interface SourceLine {
  /** 1-based line number in the source file, for error messages. */
  line: number;
  /** The line with trailing white space removed; leading white space removed too. */
  text: string;
}

export interface SourceLines {
  lines: SourceLine[];
  /** The document symbol named by the agenda footnote (`* CTOC/COP/2012/1.`), if any. */
  agendaSymbol?: string;
  agendaSymbolLine?: number;
  /** Source lines dropped as the Contents table. */
  contentsLines: number;
}

const STAR_FOOTNOTE = /^\\?\*\s+(?:\[([^\]]+)\]\(#\)|(\S+?))\.?$/;

export function readSourceLines(text: string): SourceLines {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = [];
  let agendaSymbol: string | undefined;
  let agendaSymbolLine: number | undefined;
  let contentsLines = 0;
  let inContents = false;
  raw.forEach((rawLine, index) => {
    const lineText = rawLine.trim();
    if (lineText === 'Contents') {
      inContents = true;
      contentsLines += 1;
      return;
    }
    if (inContents) {
      // Entries end in a tab and a page number; the header row is <i>Page</i>.
      if (lineText === '' || /\t|<i>Page<\/i>/.test(rawLine)) {
        if (lineText !== '') contentsLines += 1;
        return;
      }
      inContents = false;
    }
    const star = STAR_FOOTNOTE.exec(lineText);
    if (star && agendaSymbol === undefined) {
      agendaSymbol = star[1] ?? star[2];
      agendaSymbolLine = index + 1;
      return;
    }
    lines.push({ line: index + 1, text: lineText });
  });
  return {
    lines,
    contentsLines,
    ...(agendaSymbol !== undefined ? { agendaSymbol, agendaSymbolLine: agendaSymbolLine! } : {}),
  };
}
