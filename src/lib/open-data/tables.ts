// The open data tables at /data/ as Frictionless Table Schemas (specs v1): the one statement of
// each file's columns. The CSV writer takes its column order from here, datapackage.json
// publishes these schemas, and the /data/ page documents each field from the same text.

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  format?: 'uri';
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; pattern?: string };
}

export interface Table {
  /** File name under /data/, also the resource name without its extension. */
  file: string;
  title: string;
  description: string;
  fields: TableField[];
  primaryKey?: string[];
}

/** Separators of list cells in the CSV files (the JSON file has real arrays). */
export const LIST_SEPARATOR = '; ';
export const PATH_SEPARATOR = ' > ';

const required = { required: true };
const where = (what: string): TableField[] => [
  { name: 'report', type: 'string', description: `Slug of the report ${what}, e.g. "cop12-2024"; its page is /reports/<report>/.`, constraints: { ...required, pattern: '^[a-z]+\\d+-\\d{4}$' } },
  { name: 'session', type: 'string', description: 'Slug of the session the report was written for, e.g. "cop12"; its page is /sessions/<session>/.', constraints: required },
  { name: 'year', type: 'integer', description: 'Year of the report: of its date of distribution, or of its session where the report prints no date (the 2016 report).', constraints: required },
  { name: 'paragraph', type: 'integer', description: 'Number of the paragraph, as printed.', constraints: { ...required, minimum: 1 } },
];
const paragraphUrlField: TableField = {
  name: 'paragraph_url', type: 'string', format: 'uri', description: 'Address of the paragraph on this site (#para-N).', constraints: required,
};

const paragraphs: Table = {
  file: 'paragraphs.csv',
  title: 'Paragraphs',
  description: 'Every numbered paragraph of every report, with its place in the report, its text, its notes and what it mentions. The same records as paragraphs.json.',
  fields: [
    ...where('the paragraph belongs to'),
    { name: 'paragraph_id', type: 'string', description: 'Anchor of the paragraph on its page, e.g. "para-12".', constraints: { ...required, pattern: '^para-[1-9]\\d*$' } },
    paragraphUrlField,
    { name: 'sub_paragraphs', type: 'string', description: `Labels of its sub-paragraphs as printed, outermost first, separated by "${LIST_SEPARATOR}", e.g. "(a); (b); (b) (i)". Each has the anchor para-N-<labels>, e.g. para-12-b-i.` },
    { name: 'section_path', type: 'string', description: `The headings above the paragraph, outermost first, separated by "${PATH_SEPARATOR}".` },
    { name: 'text', type: 'string', description: 'The paragraph as printed after its number: its own text and each sub-paragraph’s (label included), one a line. Notes are in the notes column.', constraints: required },
    { name: 'notes', type: 'string', description: 'The notes the paragraph refers to, in order, one a line, each as "[label] text".' },
    { name: 'countries', type: 'string', description: `ISO 3166-1 alpha-3 codes of the countries it names, in order of first mention, separated by "${LIST_SEPARATOR}"; each has the page /countries/<code in lower case>/.` },
    { name: 'programmes', type: 'string', description: `Slugs of the programmes, campaigns, funds and publications it names, separated by "${LIST_SEPARATOR}"; each has the page /programmes/<slug>/.` },
    { name: 'organizations', type: 'string', description: `Slugs of the organizations and bodies it names, separated by "${LIST_SEPARATOR}"; each has the page /organizations/<slug>/.` },
    { name: 'references', type: 'string', description: `Ids of the resolutions and documents it cites, separated by "${LIST_SEPARATOR}"; details in references.csv.` },
  ],
  primaryKey: ['report', 'paragraph'],
};

const mentions: Table = {
  file: 'mentions.csv',
  title: 'Mentions',
  description: 'Every mention of a country, programme or organization the site links, one row each, in reading order.',
  fields: [
    ...where('the mention is in'),
    paragraphUrlField,
    { name: 'kind', type: 'string', description: 'What is mentioned.', constraints: { ...required, enum: ['country', 'programme', 'organization'] } },
    { name: 'id', type: 'string', description: 'ISO 3166-1 alpha-3 code of a country, slug of a programme or organization.', constraints: required },
    { name: 'name', type: 'string', description: 'The name this site gives it (United Nations short names for countries).', constraints: required },
    { name: 'text', type: 'string', description: 'The words of the report that name it, as printed ("Nigerians", "UNODC").', constraints: required },
    { name: 'demonym', type: 'boolean', description: 'Whether the words are a demonym ("Nigerian") rather than a name.', constraints: required },
    { name: 'short_form', type: 'boolean', description: 'Whether the words are a short form the report uses after naming it in full ("the Working Group").', constraints: required },
    { name: 'in_name', type: 'boolean', description: 'Whether the country is named inside the name of a programme or organization.', constraints: required },
    { name: 'page_url', type: 'string', format: 'uri', description: 'Address of its page on this site.', constraints: required },
  ],
};

const references: Table = {
  file: 'references.csv',
  title: 'References',
  description: 'Every citation of a resolution or UN document in a paragraph (its text and its notes), one row each.',
  fields: [
    ...where('the citation is in'),
    paragraphUrlField,
    { name: 'id', type: 'string', description: 'Key of the resolution or document, also its anchor on /references/, e.g. "ga-72-195".', constraints: required },
    { name: 'kind', type: 'string', description: 'A resolution or another document.', constraints: { ...required, enum: ['resolution', 'document'] } },
    { name: 'body', type: 'string', description: 'The body that adopted the resolution, where the report establishes it; empty when it cannot be told.' },
    { name: 'label', type: 'string', description: 'How this site names it, e.g. "General Assembly resolution 72/195".', constraints: required },
    { name: 'text', type: 'string', description: 'The number or symbol as the report prints it, e.g. "72/195".', constraints: required },
    { name: 'symbol', type: 'string', description: 'Its official document symbol, e.g. "A/RES/72/195", where the body has one.' },
    { name: 'official_url', type: 'string', format: 'uri', description: 'Its address in the United Nations Official Document System, with a symbol only.' },
  ],
};

const facts: Table = {
  file: 'facts.csv',
  title: 'Session facts',
  description: 'Figures a report states about its session period (parties to the Protocol, cases in the case law database …), each with the words that state it; those of a series are charted on /figures/.',
  fields: [
    { name: 'id', type: 'string', description: 'Key of the fact.', constraints: required },
    ...where('stating the fact'),
    paragraphUrlField,
    { name: 'label', type: 'string', description: 'What the figure counts.', constraints: required },
    { name: 'value', type: 'string', description: 'The figure as the session page shows it, e.g. "169" or "1,311 cases from 94 jurisdictions".', constraints: required },
    { name: 'quote', type: 'string', description: 'The words of the paragraph that state it, verbatim.', constraints: required },
    { name: 'total_of', type: 'string', description: 'Set to "parties" on the fact that gives the total of parties to the Protocol.', constraints: { enum: ['parties'] } },
    { name: 'series', type: 'string', description: 'Slug of the figure series the fact is a value of; its page is /figures/<series>/. Empty for a fact of no series.' },
    { name: 'amount', type: 'number', description: 'The value as a number (400 for "more than 400"; the words are in value and quote). Set with series.' },
  ],
  primaryKey: ['id'],
};

/** The CSV files of /data/, in the order the page lists them. */
export const TABLES = { paragraphs, mentions, references, facts } as const;

export type TableName = keyof typeof TABLES;

/** The column names of a table, in order. */
export function columns(table: Table): string[] {
  return table.fields.map((f) => f.name);
}
