// Finds citations of resolutions and UN document symbols in a paragraph's plain text and
// infers the issuing body from the sentence: `2388 (2017)` is the Security Council's form,
// `2015/23` the Economic and Social Council's; `72/195` belongs to the body the sentence names
// ("General Assembly resolution 72/195", "In its resolution 11/5, the Conference …"). A short
// form ("the Council") is resolved by the last full name earlier in the paragraph. Then the
// document itself (resolveInDocument): the same number attributed to one body elsewhere in the
// report, or "its resolution" in a report addressed to that body. When the body still cannot be
// told, the reference is kept without a body and without a link: never a guess from its shape.

export type Body =
  | 'General Assembly' | 'Security Council' | 'Economic and Social Council' | 'Human Rights Council'
  | 'Conference of the Parties' | 'Commission on Crime Prevention and Criminal Justice';

export interface Reference {
  /** Stable key, also the anchor on /references/: `ga-72-195`, `sc-2388-2017`, `doc-a-74-127`. */
  id: string;
  kind: 'resolution' | 'document';
  body?: Body;
  /** How our pages name it: "General Assembly resolution 72/195", "A/CONF.234/11". */
  label: string;
  /** The number or symbol as the text prints it: "72/195", "2388 (2017)", "A/74/127". */
  text: string;
  /** Official symbol when the body is known and has one: A/RES/72/195, S/RES/2388(2017). */
  symbol?: string;
  /** Official document system address, only with a symbol. */
  href?: string;
  start: number;
  end: number;
}

const BODY_NAMES: [RegExp, Body][] = [
  [/General Assembly|\bAssembly\b/g, 'General Assembly'],
  [/Security Council/g, 'Security Council'],
  [/Economic and Social Council/g, 'Economic and Social Council'],
  [/Human Rights Council/g, 'Human Rights Council'],
  [/Conference of the Parties|\bConference\b/g, 'Conference of the Parties'],
  [/Commission on Crime Prevention and Criminal Justice|\bCommission\b/g, 'Commission on Crime Prevention and Criminal Justice'],
];
const COUNCILS = /(Security Council|Economic and Social Council|Human Rights Council)/g;

const SYMBOL_PREFIX: Partial<Record<Body, string>> = {
  'General Assembly': 'A/RES/',
  'Human Rights Council': 'A/HRC/RES/',
};
const BODY_KEY: Record<Body, string> = {
  'General Assembly': 'ga', 'Security Council': 'sc', 'Economic and Social Council': 'ecosoc',
  'Human Rights Council': 'hrc', 'Conference of the Parties': 'cop', 'Commission on Crime Prevention and Criminal Justice': 'ccpcj',
};

export const undocsUrl = (symbol: string): string => `https://undocs.org/${symbol}`;

const REF = String.raw`\d{3,4} \(\d{4}\)|\d{1,4}\/\d{1,3}`;
const RESOLUTION_LIST = new RegExp(String.raw`\bresolutions? ((?:${REF})(?:(?:,? and |, )(?:${REF}))*)`, 'g');
const DOCUMENT = /(?<![\w/])(?:S\/)?(?:[A-Z]{1,5}(?:\.\d+)?\/)+(?:[A-Za-z]+\.)?\d+(?:\/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)*(?![\w/])/g;

/** The sentence around an offset: from the previous ". " to the next ". ". */
function sentenceBounds(text: string, at: number): [number, number] {
  const before = text.slice(0, at).search(/[.;]\s+(?=[A-Z“(])(?!.*[.;]\s+[A-Z“(])/s);
  const start = before < 0 ? 0 : before + 1;
  const after = text.slice(at).search(/\.\s+[A-Z“(]|\.$/);
  return [start, after < 0 ? text.length : at + after];
}

export interface Options {
  /** Text above the paragraph that names its subject, e.g. its heading "Human Rights Council". */
  context?: string;
}

/** The body whose name in the sentence lies nearest to the citation. */
function bodyFromSentence(text: string, start: number, end: number, context = ''): Body | undefined {
  const [from, to] = sentenceBounds(text, start);
  const sentence = text.slice(from, to);
  let best: { body: Body; distance: number } | undefined;
  for (const [pattern, body] of BODY_NAMES) {
    for (const m of sentence.matchAll(pattern)) {
      const at = from + m.index;
      const distance = at < start ? start - (at + m[0].length) : at - end;
      if (!best || distance < best.distance) best = { body, distance };
    }
  }
  if (best) return best.body;
  // "the Council": the last full council name before it in the paragraph or its heading, if any.
  if (/\bCouncil\b/.test(sentence)) {
    const councils = [...`${context}\n${text.slice(0, start)}`.matchAll(COUNCILS)];
    return councils.at(-1)?.[1] as Body | undefined;
  }
  return undefined;
}

function resolution(text: string, token: string, start: number, context: string): Reference {
  const end = start + token.length;
  const sc = /^(\d{3,4}) \((\d{4})\)$/.exec(token);
  if (sc) {
    const symbol = `S/RES/${sc[1]}(${sc[2]})`;
    return { id: `sc-${sc[1]}-${sc[2]}`, kind: 'resolution', body: 'Security Council', label: `Security Council resolution ${token}`, text: token, symbol, href: undocsUrl(symbol), start, end };
  }
  const [first, second] = token.split('/') as [string, string];
  if (/^(19|20)\d\d$/.test(first)) {
    const symbol = `E/RES/${token}`;
    return { id: `ecosoc-${first}-${second}`, kind: 'resolution', body: 'Economic and Social Council', label: `Economic and Social Council resolution ${token}`, text: token, symbol, href: undocsUrl(symbol), start, end };
  }
  const body = bodyFromSentence(text, start, end, context);
  if (!body) return { id: `unknown-${first}-${second}`, kind: 'resolution', label: `resolution ${token}`, text: token, start, end };
  return attributed(token, body, start, end);
}

/** A resolution `first/second` of a known body, with its symbol and link where the body has a series. */
function attributed(token: string, body: Body, start: number, end: number): Reference {
  const [first, second] = token.split('/') as [string, string];
  const prefix = SYMBOL_PREFIX[body];
  const symbol = prefix ? `${prefix}${token}` : undefined;
  return {
    id: `${BODY_KEY[body]}-${first}-${second}`, kind: 'resolution', body, label: `${body} resolution ${token}`, text: token,
    ...(symbol ? { symbol, href: undocsUrl(symbol) } : {}), start, end,
  };
}

/** The Body a report is addressed to, from its front-matter `body` (full name), if it is one. */
export function addresseeBody(name: string | undefined): Body | undefined {
  if (!name) return undefined;
  if (name.startsWith('Conference of the Parties')) return 'Conference of the Parties';
  return (Object.keys(BODY_KEY) as Body[]).find((body) => body === name);
}

/** "… its resolution " or "… its resolutions 1/2, 3/4 and " right before a citation. */
const ITS_RESOLUTION = new RegExp(String.raw`\bits resolutions? (?:(?:${REF})(?:,? and |, ))*$`);

/**
 * Resolves, within one report, resolutions whose sentence names no body: the body that the same
 * number is attributed to elsewhere in the report (when only one is), else the body the report is
 * addressed to when the text says "its resolution". `texts[i]` is the text `paragraphs[i]` was read from.
 */
export function resolveInDocument(paragraphs: readonly Reference[][], texts: readonly string[], addressee?: Body): Reference[][] {
  const bodies = new Map<string, Set<Body>>();
  for (const refs of paragraphs) {
    for (const ref of refs) {
      if (ref.kind === 'resolution' && ref.body) bodies.set(ref.text, (bodies.get(ref.text) ?? new Set()).add(ref.body));
    }
  }
  return paragraphs.map((refs, i) => refs.map((ref) => {
    if (ref.kind !== 'resolution' || ref.body) return ref;
    const known = bodies.get(ref.text);
    if (known?.size === 1) return attributed(ref.text, [...known][0]!, ref.start, ref.end);
    if (!known && addressee && ITS_RESOLUTION.test(texts[i]!.slice(0, ref.start))) return attributed(ref.text, addressee, ref.start, ref.end);
    return ref;
  }));
}

function documentReference(text: string, token: string, start: number): Reference {
  const end = start + token.length;
  // "presidential statement PRST/2015/25": the Security Council's series, when the sentence says so.
  const symbol = /^PRST\//.test(token) && bodyFromSentence(text, start, end) === 'Security Council' ? `S/${token}` : token;
  const known = /^(?:A|S|E|CTOC)\//.test(symbol);
  return {
    id: `doc-${token.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, kind: 'document', label: token, text: token,
    ...(known ? { symbol, href: undocsUrl(symbol) } : {}), start, end,
  };
}

export function findReferences(text: string, { context = '' }: Options = {}): Reference[] {
  const refs: Reference[] = [];
  for (const m of text.matchAll(RESOLUTION_LIST)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    for (const token of m[1]!.matchAll(new RegExp(REF, 'g'))) {
      refs.push(resolution(text, token[0], listStart + token.index, context));
    }
  }
  const taken = (start: number, end: number) => refs.some((r) => start < r.end && end > r.start);
  for (const m of text.matchAll(DOCUMENT)) {
    if (!/\//.test(m[0]) || taken(m.index, m.index + m[0].length) || /^\d/.test(m[0])) continue;
    refs.push(documentReference(text, m[0], m.index));
  }
  return refs.sort((a, b) => a.start - b.start);
}
