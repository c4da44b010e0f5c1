// Shape of a session file (content/sessions/<slug>.yaml): which body met, its number and year,
// and, when the record gives them, where and when. City, startDate and endDate come together or
// not at all; endDate is not before startDate. Dates are quoted ISO strings: an unquoted date is
// read by YAML as a Date and rejected here rather than converted.
// Every custom message starts with "expected …" (src/lib/structure/zod-issues.ts relies on it).
import { z } from 'astro/zod';
import { isIsoDate } from '../lib/iso-date';

/** A session slug: body prefix + number, `cop12`, `ga74`. Report front matter refers to it. */
export const sessionSlug = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'expected a session slug such as "cop12" (the field is required)'
        : 'expected a session slug such as "cop12"',
  })
  .regex(/^[a-z]+[1-9]\d*$/, 'expected a session slug such as "cop12" (lower-case letters, then the number)');

/** A quoted ISO calendar date, `'2024-10-14'`. A missing one keeps zod's own message. */
export const isoDate = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'expected an ISO date (YYYY-MM-DD) in quotes') })
  .refine(isIsoDate, 'expected an ISO date (YYYY-MM-DD)');

const text = z
  .string({
    error: (issue) => (issue.input === undefined ? 'expected a string (the field is required)' : 'expected a string'),
  })
  .min(1, 'expected a non-empty string')
  .refine((value) => value === value.trim(), 'expected no leading or trailing spaces');

export const sessionSchema = z
  .strictObject(
    {
      slug: sessionSlug,
      body: text,
      number: z
        .number({
          error: (issue) =>
            issue.input === undefined
              ? 'expected a session number (the field is required)'
              : 'expected a session number (a positive integer)',
        })
        .int('expected a session number (a positive integer)')
        .positive('expected a session number (a positive integer)'),
      ordinal: z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'expected the ordinal in words, e.g. "twelfth" (the field is required)'
              : 'expected the ordinal in words, e.g. "twelfth"',
        })
        .regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected the ordinal in lower-case words, e.g. "twelfth", "seventy-fourth"'),
      year: z
        .number({
          error: (issue) =>
            issue.input === undefined ? 'expected a four-digit year (the field is required)' : 'expected a four-digit year',
        })
        .int('expected a four-digit year')
        .min(2000, 'expected a year from 2000 (the Protocol) on')
        .max(2100, 'expected a four-digit year'),
      city: text.optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
    },
    {
      // Only the unknown-key issue gets this message; any other object-level issue keeps zod's.
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'expected only the fields slug, body, number, ordinal, year, city, startDate, endDate'
          : undefined,
    },
  )
  .superRefine((session, ctx) => {
    // Runs even when a field check failed (zod marks those issues non-fatal), so each
    // cross-field rule first makes sure its own inputs are valid: one mistake, one error.
    const venue = { city: session.city, startDate: session.startDate, endDate: session.endDate };
    const given = Object.entries(venue).filter(([, value]) => value !== undefined).map(([key]) => key);
    if (given.length > 0 && given.length < 3) {
      for (const key of Object.keys(venue).filter((k) => !given.includes(k))) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `expected ${key} alongside ${given.join(' and ')} (city, startDate and endDate come together)`,
        });
      }
    }
    const start = session.startDate !== undefined && isIsoDate(session.startDate) ? session.startDate : undefined;
    const end = session.endDate !== undefined && isIsoDate(session.endDate) ? session.endDate : undefined;
    if (start && end && end < start) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `expected a date on or after startDate (${start})` });
    }
    if (start && Number.isInteger(session.year) && Number(start.slice(0, 4)) !== session.year) {
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: `expected a date in the session's year (${session.year})` });
    }
    const slugNumber = /^[a-z]+([1-9]\d*)$/.exec(session.slug)?.[1];
    if (slugNumber && Number.isInteger(session.number) && session.number > 0 && slugNumber !== String(session.number)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: `expected a slug ending in the session number (${session.number})` });
    }
  });

export type Session = z.infer<typeof sessionSchema>;
