// Validates one session file (content/sessions/<slug>.yaml): UTF-8, YAML as Astro reads it, the
// session schema (src/schemas/session.ts), and that its slug is its file name (Astro's glob
// loader uses `slug` as the entry id, so a mismatch would break `session:` references).
import { ContentError } from '../errors';
import { sessionSchema } from '../../schemas/session';
import { checkUtf8 } from './check-utf8';
import { contentText } from '../text-file';
import { describeValue } from './describe-value';
import { parseYaml } from './parse-yaml';
import { zodIssuesToErrors } from './zod-issues';

export function checkSessionFile(file: string, bytes: Uint8Array | string): ContentError[] {
  const errors = typeof bytes === 'string' ? [] : checkUtf8(file, bytes);
  const text = contentText(bytes);
  const parsed = parseYaml(file, text);
  if (parsed.errors.length) return [...errors, ...parsed.errors];
  const { data } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [...errors, new ContentError({ file, line: 1, expected: 'a YAML mapping of session fields', found: describeValue(data) })];
  }
  const result = sessionSchema.safeParse(data);
  if (!result.success) return [...errors, ...zodIssuesToErrors(file, result.error.issues, data, parsed.lineOf)];
  const stem = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (result.data.slug !== stem) {
    errors.push(new ContentError({
      file,
      line: parsed.lineOf('slug'),
      field: 'slug',
      expected: `"${stem}" (the file name)`,
      found: describeValue(result.data.slug),
    }));
  }
  return errors;
}
