// Shape of a report's front matter (content/reports/<slug>.md), as docs/report-format.md lists it:
// `session` and `source` required, every other field optional and, when present, non-empty —
// a field the source does not give is absent, never empty or guessed. Unknown keys are rejected.
// `reportSchema(session)` takes the schema of the session field so that src/content.config.ts can
// pass `reference('sessions')`; `reportFrontMatterSchema` is the plain-zod variant (session slug
// only; src/lib/structure checks that the session exists) for node code and tests.
// Every custom message starts with "expected …" (src/lib/structure/zod-issues.ts relies on it).
import { z } from 'astro/zod';
import { isoDate, sessionSlug } from './session';

const text = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'expected a string') })
  .min(1, 'expected a non-empty string (leave the field out instead)')
  .refine((value) => value === value.trim(), 'expected no leading or trailing spaces');

/** A UN document symbol: `CTOC/COP/2024/1`, `A/74/127`. */
const documentSymbol = z
  .string({
    error: (issue) => (issue.input === undefined ? undefined : 'expected a document symbol such as "CTOC/COP/2024/1"'),
  })
  .regex(/^[A-Z]+(?:\/[A-Za-z0-9.]+)+$/, 'expected a document symbol such as "CTOC/COP/2024/1" or "A/74/127"');

export const REPORT_FIELDS = [
  'session', 'source', 'body', 'sessionTitle', 'meeting', 'distribution', 'distributionDate',
  'originalLanguage', 'agendaItem', 'agendaList', 'agendaSymbol', 'agendaItemTitle', 'title',
  'documentType', 'symbol', 'summary',
] as const;

export function reportSchema<Session extends z.ZodType>(session: Session) {
  return z.strictObject(
    {
      session,
      source: z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'expected a source file name such as "2024-cop12-secretariat.txt" (the field is required)'
              : 'expected a source file name such as "2024-cop12-secretariat.txt"',
        })
        .regex(/^\d{4}-[a-z]+\d+-[a-z-]+\.txt$/, 'expected a source file name such as "2024-cop12-secretariat.txt"'),
      body: text.optional(),
      sessionTitle: text.optional(),
      meeting: text.optional(),
      distribution: z
        .enum(['General', 'Limited', 'Restricted'], { error: () => 'expected "General", "Limited" or "Restricted"' })
        .optional(),
      distributionDate: isoDate.optional(),
      originalLanguage: text.optional(),
      agendaItem: z
        .string({
          error: (issue) =>
            issue.input === undefined ? undefined : 'expected an agenda item in quotes, such as "2 (b)" or "108"',
        })
        .regex(/^[1-9]\d*(?: \([a-z]\))?$/, 'expected an agenda item such as "2 (b)" or "108"')
        .optional(),
      agendaList: z
        .enum(['provisional agenda', 'preliminary list'], {
          error: () => 'expected "provisional agenda" or "preliminary list"',
        })
        .optional(),
      agendaSymbol: documentSymbol.optional(),
      agendaItemTitle: text.optional(),
      title: text.optional(),
      documentType: z
        .enum(['Report of the Secretariat', 'Report of the Secretary-General'], {
          error: () => 'expected "Report of the Secretariat" or "Report of the Secretary-General"',
        })
        .optional(),
      symbol: documentSymbol.optional(),
      summary: text.optional(),
    },
    {
      // Only the unknown-key issue gets this message; any other object-level issue keeps zod's.
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `expected only the fields of docs/report-format.md (${REPORT_FIELDS.join(', ')})`
          : undefined,
    },
  );
}

/** Plain-zod front matter: `session` is a slug; whether that session exists is checked elsewhere. */
export const reportFrontMatterSchema = reportSchema(sessionSlug);

export type ReportFrontMatter = z.infer<typeof reportFrontMatterSchema>;
