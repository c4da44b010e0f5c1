// The front matter of a report must say what its source establishes — no more, no less: each
// field the importer reads from the source (its cover page, the agenda note, a symbol another
// report establishes) must be there with the same value, and no other field may be. A deleted
// `title` or an edited date is caught here, naming the file, the field and its line.
import { ContentError } from '../errors';
import { ImportError, importReport, type EstablishedSymbol } from '../importer/index';
import { REPORT_FIELDS } from '../../schemas/report';
import { describeValue } from './describe-value';

/** What one source establishes, by file name: its fields, or why it could not be read. */
export type EstablishedFields = (source: string) => { fields: Record<string, string> } | { problem: string };

export interface SourceFile {
  /** File name in sources/, e.g. 2012-cop6-secretariat.txt. */
  name: string;
  text: string;
}

/** The fields each source establishes, imported once per source on first use. */
export function establishedFields(sources: readonly SourceFile[], establishedSymbols: readonly EstablishedSymbol[]): EstablishedFields {
  const cache = new Map<string, ReturnType<EstablishedFields>>();
  return (name) => {
    let result = cache.get(name);
    if (!result) {
      const source = sources.find((s) => s.name === name);
      if (!source) {
        result = { problem: `expected a file of sources/ (${sources.map((s) => s.name).join(', ') || 'there are none'})` };
      } else {
        try {
          result = { fields: importReport(`sources/${name}`, source.text, { establishedSymbols }).frontMatter as Record<string, string> };
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          result = { problem: `expected a source the importer can read; it says: ${error.problems[0]}` };
        }
      }
      cache.set(name, result);
    }
    return result;
  };
}

const shown = (value: string) => JSON.stringify(value.length > 70 ? `${value.slice(0, 69)}…` : value);

export function checkCoverAgreement(
  file: string,
  data: Record<string, unknown>,
  lineOf: (key: string) => number | undefined,
  established: EstablishedFields,
): ContentError[] {
  const source = String(data.source);
  const result = established(source);
  if ('problem' in result) {
    return [new ContentError({ file, line: lineOf('source'), field: 'source', problem: `${result.problem}, found ${describeValue(source)}` })];
  }
  const where = `sources/${source}`;
  const errors: ContentError[] = [];
  for (const field of REPORT_FIELDS) {
    const expected = result.fields[field];
    const found = data[field];
    if (expected === found) continue;
    errors.push(new ContentError({
      file,
      line: lineOf(field),
      field,
      expected: expected === undefined ? `nothing (${where} does not establish it)` : `${shown(expected)}, as ${where} establishes it`,
      found: found === undefined ? 'nothing' : typeof found === 'string' ? shown(found) : describeValue(found),
    }));
  }
  return errors;
}
