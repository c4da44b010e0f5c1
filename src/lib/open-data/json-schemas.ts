// JSON Schemas (draft 2020-12) of the JSON files of /data/, published inside datapackage.json as
// each resource's `schema` and documented on the /data/ page. Field descriptions are the CSV
// columns' own (tables.ts) wherever the two files carry the same thing.
import { TABLES, type TableField } from './tables';

type JsonSchema = Record<string, unknown>;

const fieldOf = (name: string): TableField => {
  const field = TABLES.paragraphs.fields.find((f) => f.name === name);
  if (!field) throw new Error(`tables.ts: paragraphs.csv has no column "${name}"`);
  return field;
};
const describe = (column: string, schema: JsonSchema): JsonSchema => ({ description: fieldOf(column).description, ...schema });
const strings = { type: 'array', items: { type: 'string' } };
const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

const where = {
  report: describe('report', { type: 'string', pattern: '^[a-z]+\\d+-\\d{4}$' }),
  paragraph: describe('paragraph', { type: 'integer', minimum: 1 }),
};
const mentioned = {
  countries: { description: 'ISO 3166-1 alpha-3 codes of the countries it names, in order of first mention.', type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } },
  programmes: { description: 'Slugs of the programmes, campaigns, funds and publications it names.', type: 'array', items: { type: 'string', pattern: slugPattern } },
  organizations: { description: 'Slugs of the organizations and bodies it names.', type: 'array', items: { type: 'string', pattern: slugPattern } },
  references: { description: 'Ids of the resolutions and documents it cites (references.csv, /references/).', ...strings },
};

/**
 * A JSON file of /data/: `{ "paragraphs": [record, …] }`, every record with all of `fields` and
 * nothing else (so the page's field list, recordFields, is the schema's own).
 */
function paragraphList(title: string, description: string, fields: Record<string, JsonSchema>): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    description,
    type: 'object',
    required: ['paragraphs'],
    additionalProperties: false,
    properties: {
      paragraphs: { type: 'array', items: { type: 'object', additionalProperties: false, required: Object.keys(fields), properties: fields } },
    },
  };
}

export const PARAGRAPHS_JSON_SCHEMA = paragraphList(
  'Paragraphs',
  'Every numbered paragraph of every report: the records of paragraphs.csv, with lists as arrays.',
  {
    ...where,
    session: describe('session', { type: 'string', pattern: '^[a-z]+\\d+$' }),
    year: describe('year', { type: 'integer' }),
    paragraphId: describe('paragraph_id', { type: 'string', pattern: '^para-[1-9]\\d*$' }),
    url: describe('paragraph_url', { type: 'string', format: 'uri' }),
    subParagraphs: {
      description: 'Its sub-paragraphs, outermost first: the anchor on the page and the labels from the outermost down.',
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'labels'],
        properties: { id: { type: 'string', pattern: '^para-[1-9]\\d*(?:-[a-z]+)+$' }, labels: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z]+$' } } },
      },
    },
    sectionPath: { description: 'The headings above the paragraph, outermost first.', ...strings },
    text: describe('text', { type: 'string', minLength: 1 }),
    notes: {
      description: 'The notes the paragraph refers to, in order.',
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['label', 'text'], properties: { label: { type: 'string', pattern: '^[1-9]\\d*$' }, text: { type: 'string' } } },
    },
    ...mentioned,
  },
);

/** /data/mentions.json (shipped before the rest of /data/): what each paragraph mentions and cites. */
export const MENTIONS_JSON_SCHEMA = paragraphList(
  'Mentions by paragraph',
  'For every numbered paragraph of every report, the countries, programmes and organizations it names and the resolutions and documents it cites.',
  { ...where, ...mentioned },
);

export interface RecordField {
  name: string;
  type: string;
  description: string;
}

/** The fields of one record of a JSON file (`{ paragraphs: [record, …] }`), for the /data/ page. */
export function recordFields(schema: JsonSchema): RecordField[] {
  const items = ((schema.properties as Record<string, JsonSchema>).paragraphs!.items ?? {}) as JsonSchema;
  return Object.entries(items.properties as Record<string, JsonSchema>).map(([name, field]) => ({
    name,
    type: field.type === 'array' ? `array of ${(field.items as JsonSchema).type}s` : String(field.type),
    description: String(field.description ?? ''),
  }));
}
