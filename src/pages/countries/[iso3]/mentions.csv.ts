// Routing only: the country page's list of paragraphs as CSV (src/data/mention-csv-route.ts).
import { mentionCsvRoute } from '../../../data/mention-csv-route';

export const { getStaticPaths, GET } = mentionCsvRoute('country', 'iso3');
