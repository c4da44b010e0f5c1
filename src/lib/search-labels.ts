// The labels the search page shows for filter values (the index stores stable slugs):
// sessions, years, bodies, countries, programmes, organizations. Pure; the page passes data in.

export interface FilterLabels {
  session: Record<string, string>;
  year: Record<string, string>;
  body: Record<string, string>;
  country: Record<string, string>;
  programme: Record<string, string>;
  organization: Record<string, string>;
}

export const FILTER_NAMES: Record<keyof FilterLabels, string> = {
  session: 'Session',
  year: 'Year',
  body: 'Body',
  country: 'Country',
  programme: 'Programme',
  organization: 'Organization',
};

export const BODY_LABELS: Record<string, string> = {
  cop: 'Conference of the Parties to UNTOC',
  ga: 'General Assembly',
};
