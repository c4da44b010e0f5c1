// Routing only: the programme page's list of paragraphs as CSV (src/data/mention-csv-route.ts).
import { mentionCsvRoute } from '../../../data/mention-csv-route';

export const { getStaticPaths, GET } = mentionCsvRoute('programme', 'slug');
