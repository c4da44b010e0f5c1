// Groups the references cited across reports for the /references/ page: one entry per
// resolution or document, under its issuing body, with every paragraph that cites it.
import type { Reference } from './references';

export interface ReferenceCitation { report: string; paragraph: number }
export interface ReferenceItem {
  id: string;
  label: string;
  symbol?: string;
  href?: string;
  citations: ReferenceCitation[];
}
export interface ReferenceGroup { id: string; title: string; items: ReferenceItem[] }

const ORDER = [
  'General Assembly', 'Security Council', 'Economic and Social Council', 'Human Rights Council',
  'Conference of the Parties', 'Commission on Crime Prevention and Criminal Justice',
];

export function groupReferences(
  uses: readonly { report: string; paragraph: number; reference: Reference }[],
  reportOrder: readonly string[],
  internal: Record<string, string> = {},
): ReferenceGroup[] {
  const items = new Map<string, ReferenceItem & { group: string }>();
  for (const { report, paragraph, reference } of uses) {
    const group = reference.kind === 'document' ? 'Documents' : reference.body ?? 'Body not stated in the report';
    let item = items.get(reference.id);
    if (!item) {
      const href = (reference.symbol && internal[reference.symbol]) ?? reference.href;
      item = { id: reference.id, label: reference.label, group, citations: [], ...(reference.symbol ? { symbol: reference.symbol } : {}), ...(href ? { href } : {}) };
      items.set(reference.id, item);
    }
    if (!item.citations.some((c) => c.report === report && c.paragraph === paragraph)) item.citations.push({ report, paragraph });
  }
  const rank = (r: string) => reportOrder.indexOf(r);
  const numeric = (label: string) => label.match(/\d+/g)?.map(Number) ?? [];
  const compare = (a: ReferenceItem, b: ReferenceItem) => {
    const [x, y] = [numeric(a.label), numeric(b.label)];
    for (let i = 0; i < Math.max(x.length, y.length); i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return a.label.localeCompare(b.label);
  };
  const titles = [...new Set([...items.values()].map((i) => i.group))].sort((a, b) => {
    const [ia, ib] = [ORDER.indexOf(a), ORDER.indexOf(b)];
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  return titles.map((title) => ({
    id: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title,
    items: [...items.values()].filter((i) => i.group === title).map(({ group: _g, ...item }) => ({
      ...item, citations: item.citations.sort((a, b) => rank(a.report) - rank(b.report) || a.paragraph - b.paragraph),
    })).sort(compare),
  }));
}
