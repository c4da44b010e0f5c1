// Shape of one entry of content/session-facts.yaml: a fact a report states about its session
// period, with the paragraph that states it and the words it uses (checked by a test).
import { z } from 'astro/zod';
import { slug } from './common';
import { sessionSlug } from './session';

export const sessionFactSchema = z.strictObject(
  {
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
    session: sessionSlug,
    label: z.string().min(1, 'expected a label'),
    value: z.string().min(1, 'expected a value'),
    report: z.string().regex(/^[a-z]+\d+-\d{4}$/, 'expected a report slug such as "cop12-2024"'),
    paragraph: z
      .number({
        // Only for a value that is not a number at all: a missing one and the int/positive checks keep
        // zod's own messages (zod 4 would otherwise use this message for those checks too).
        error: (issue) =>
          issue.code === 'invalid_type' && issue.expected === 'number' && issue.input !== undefined
            ? 'expected a paragraph number'
            : undefined,
      })
      .int()
      .positive(),
    quote: z.string().min(1, 'expected the words of the paragraph that state the fact'),
    /** Set on the fact that gives the total of parties to the Protocol, so a session without one says so. */
    totalOf: z.enum(['parties'], { error: () => 'expected "parties"' }).optional(),
    /** The series (content/figures/<series>.yaml) the fact is a value of. */
    series: slug.optional(),
    /** The figure as a number, for the chart; its digits (or number word) must be in the quote. */
    amount: z.number().nonnegative().optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'expected only id, session, label, value, report, paragraph, quote, totalOf, series and amount' : undefined,
  },
);

export type SessionFact = z.infer<typeof sessionFactSchema>;
