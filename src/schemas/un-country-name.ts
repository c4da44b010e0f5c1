// Shape of one entry of content/countries/un-names.yaml: the UN short name of a country and the
// names, aliases and demonyms that the gazetteer package lacks or gets wrong for UN prose.
import { z } from 'astro/zod';

export const unCountryNameSchema = z.strictObject(
  {
    iso3: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "VNM"'),
    name: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
    notNames: z.array(z.string().min(1)).default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'expected only iso3, name, aliases, demonyms and notNames' : undefined,
  },
);

export type UnCountryName = z.infer<typeof unCountryNameSchema>;
