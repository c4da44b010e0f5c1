// Turns a report's rendered HTML (the hast of the page body, as src/plugins/ left it) into the
// children of the Akoma Ntoso <mainBody>. Reads the page's own marks: h2…h6 for the outline
// (h2 → <chapter>, h3 → <section>, h4 → <subsection>, deeper → <hcontainer>), `div.para#para-N`
// with its `a.para-num`, nested `div.subpara#para-N-…` with their `a.subpara-label`, footnote
// references `sup > a[data-footnote-ref]` with the notes of `section.footnotes`, and the link
// classes `reference`, `url-text` and `mention mention-<kind>`. Writes xast only, so every text is
// escaped by the serializer, never here. Content outside a numbered paragraph (a table, an
// unnumbered paragraph) is kept in an <hcontainer name="unnumbered">, the element the schema
// accepts for it inside a hierarchy. Anything it does not know is rejected with the file named,
// not dropped: the XML must say what the page says.
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import { parseParaId } from '../anchors';
import { entityKey } from '../entities/entity-names';
import { ContentError } from '../errors';
import { hierarchyEid, noteEid, paraEid, type Eid, type HierarchyElement } from './eid';

export type EntityKind = 'country' | 'organization' | 'programme';

/** A Top Level Class entry of <references>, in the order the text first refers to it. */
export interface Tlc {
  element: 'TLCLocation' | 'TLCOrganization' | 'TLCConcept';
  eId: string;
  href: string;
  showAs: string;
}

export interface Options {
  /** The file named in errors, e.g. content/reports/cop8-2016.md. */
  file?: string;
  /** The name of an entity for its TLC entry, by `kind:id` (`country:DZA`, `organization:unodc`). */
  entityNames?: ReadonlyMap<string, string>;
}

export interface AknBody {
  children: Element[];
  /** Entities the text mentions, for <references>. */
  tlcs: Tlc[];
  /** Labels of the notes placed in the text, in order. */
  notes: string[];
}

const LEVELS: Record<number, { element: HierarchyElement; name?: string }> = {
  2: { element: 'chapter' },
  3: { element: 'section' },
  4: { element: 'subsection' },
  // The schema has nothing below <subsection>; an <hcontainer> says which level it stands for.
  5: { element: 'hcontainer', name: 'subsubsection' },
  6: { element: 'hcontainer', name: 'subsubsubsection' },
};

/** `I. Introduction` → ['I.', 'Introduction']; an unnumbered heading has no number. */
export function splitHeading(text: string): { num?: string; heading: string } {
  const match = /^((?:[IVXLCDM]+|[A-Z]|\d+)\.)\s+(\S.*)$/s.exec(text.trim());
  return match ? { num: match[1]!, heading: match[2]! } : { heading: text.trim() };
}

const classes = (el: HastElement): string[] => (el.properties.className as string[] | undefined) ?? [];
type HastNode = HastRoot['children'][number];
const isElement = (node: HastNode | undefined): node is HastElement => node?.type === 'element';
const isBlank = (node: HastNode): boolean => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

function hastText(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => hastText(c as HastContent)).join('');
  return '';
}

/** Builds the <mainBody> children of one report from its rendered HTML. */
export function aknBody(tree: HastRoot, { file = 'report', entityNames = new Map() }: Options = {}): AknBody {
  const fail = (problem: string): never => {
    throw new ContentError({ file, problem });
  };
  const tlcs = new Map<string, Tlc>();
  const placed: string[] = [];
  const eIds = new Set<string>();
  const claim = (eId: Eid): Eid => {
    if (eIds.has(eId)) fail(`two elements of the Akoma Ntoso edition would share the eId "${eId}"`);
    eIds.add(eId);
    return eId;
  };

  // The notes, by label, from the footnotes section the page prints at the end.
  const noteNodes = new Map<string, HastElement>();
  for (const node of tree.children) {
    if (!isElement(node) || !classes(node).includes('footnotes')) continue;
    for (const li of node.children.filter(isElement).flatMap((c) => (c.tagName === 'ol' ? c.children.filter(isElement) : []))) {
      const label = /^fn-(\d+)$/.exec(String(li.properties.id ?? ''))?.[1];
      if (!label) fail(`a note of the notes section has no id fn-N (found "${String(li.properties.id ?? '')}")`);
      noteNodes.set(label!, li);
    }
  }

  function entity(el: HastElement, kind: EntityKind, children: ElementContent[]): Element {
    const href = String(el.properties.href ?? '');
    const id = /^\/(?:countries|organizations|programmes)\/([^/]+)\/$/.exec(href)?.[1];
    if (!id) return fail(`a ${kind} mention links to "${href}", not to an entity page`);
    const key = entityKey(kind, kind === 'country' ? id.toUpperCase() : id);
    const showAs = entityNames.get(key) ?? fail(`the ${kind} "${id}" mentioned in the text has no name in the entity data`);
    const eId = kind === 'country' ? id.toLowerCase() : id;
    const known = tlcs.get(eId);
    const element = kind === 'country' ? 'TLCLocation' : kind === 'organization' ? 'TLCOrganization' : 'TLCConcept';
    if (known && known.element !== element) fail(`the ${kind} "${id}" and another entity would share the TLC eId "${eId}"`);
    if (!known) tlcs.set(eId, { element, eId, href, showAs });
    // <concept> is the inline the schema has for what it otherwise names a TLCConcept: a programme.
    return x(kind === 'country' ? 'location' : kind === 'organization' ? 'organization' : 'concept', { refersTo: `#${eId}` }, children);
  }

  function note(sup: HastElement, context: Eid): Element {
    const ref = sup.children.find(isElement);
    const label = /^#fn-(\d+)$/.exec(String(ref?.properties.href ?? ''))?.[1] ?? fail('a footnote reference does not link to #fn-N');
    const li = noteNodes.get(label) ?? fail(`note ${label} is referenced in the text but the notes section has no note ${label}`);
    placed.push(label);
    const eId = claim(noteEid(context, label));
    const blocks = li.children.filter(isElement).map((p) => {
      if (p.tagName !== 'p') return fail(`note ${label} holds a <${p.tagName}>; only paragraphs are expected`);
      // The back link (↩) is the page's navigation, not the note's text.
      const kept = p.children.filter((c) => !(isElement(c) && c.properties.dataFootnoteBackref !== undefined));
      return x('p', trimEnd(inline(kept, eId)));
    });
    return x('authorialNote', { marker: label, placement: 'bottom', eId }, blocks);
  }

  function inline(nodes: readonly HastContent[], context: Eid): ElementContent[] {
    const out: ElementContent[] = [];
    for (const node of nodes) {
      if (node.type === 'text') out.push({ type: 'text', value: node.value });
      if (node.type !== 'element') continue;
      const cls = classes(node);
      const href = node.properties.href === undefined ? undefined : String(node.properties.href);
      switch (node.tagName) {
        case 'em':
        case 'i':
          out.push(x('i', inline(node.children, context)));
          break;
        case 'strong':
        case 'b':
          out.push(x('b', inline(node.children, context)));
          break;
        case 'sub':
        case 'u':
          out.push(x(node.tagName, inline(node.children, context)));
          break;
        case 'br':
          out.push(x('eol'));
          break;
        case 'sup':
          out.push(isElement(node.children[0]) && node.children[0].properties.dataFootnoteRef !== undefined
            ? note(node, context)
            : x('sup', inline(node.children, context)));
          break;
        case 'a':
          if (cls.includes('mention')) {
            const kind = cls.find((c) => c.startsWith('mention-'))?.slice('mention-'.length);
            if (kind !== 'country' && kind !== 'organization' && kind !== 'programme') return fail(`a mention link has the class "${cls.join(' ')}"`);
            out.push(entity(node, kind, inline(node.children, context)));
          } else if (cls.includes('reference')) {
            out.push(x('ref', { href }, inline(node.children, context)));
          } else {
            out.push(x('a', { href }, inline(node.children, context)));
          }
          break;
        default:
          fail(`the text holds a <${node.tagName}> inside a paragraph, which the Akoma Ntoso edition does not map`);
      }
    }
    return out;
  }

  /** HTML blocks outside the numbered paragraphs: the HTML-like elements of the schema. */
  function block(el: HastElement, context: Eid): Element {
    switch (el.tagName) {
      case 'p':
        return x('p', inline(el.children, context));
      case 'ul':
      case 'ol':
        return x('blockList', el.children.filter(isElement).map((li) => x('item', [x('p', inline(li.children, context))])));
      case 'table': {
        // AKN tables have rows only: <thead>/<tbody> are HTML's grouping, not content.
        const rows = el.children.filter(isElement).flatMap((c) => (c.tagName === 'tr' ? [c] : c.children.filter(isElement)));
        return x('table', rows.map((tr) => x('tr', tr.children.filter(isElement).map((cell) => {
          if (cell.tagName !== 'th' && cell.tagName !== 'td') return fail(`a table row holds a <${cell.tagName}>`);
          const span = (name: 'colSpan' | 'rowSpan') => (cell.properties[name] === undefined ? undefined : String(cell.properties[name]));
          return x(cell.tagName, { colspan: span('colSpan'), rowspan: span('rowSpan') }, [x('p', inline(cell.children, context))]);
        }))));
      }
      default:
        return fail(`the report body holds a <${el.tagName}>, which the Akoma Ntoso edition does not map`);
    }
  }

  /** A numbered paragraph or sub-paragraph: <num>, then <content>, or <intro>, the nested ones and <wrapUp>. */
  function numbered(el: HastElement, labelClass: 'para-num' | 'subpara-label'): Element {
    const id = String(el.properties.id ?? '');
    const anchor = parseParaId(id) ?? fail(`a .${labelClass === 'para-num' ? 'para' : 'subpara'} block has the id "${id}", not para-N…`);
    const eId = claim(paraEid(anchor.number, ...anchor.labels));
    const blocks = el.children.filter((c) => !isBlank(c));
    const lead = blocks[0];
    const label = isElement(lead) && lead.tagName === 'p' ? lead.children.find(isElement) : undefined;
    if (!isElement(lead) || !label || !classes(label).includes(labelClass)) fail(`${id} does not start with its number (a.${labelClass})`);
    const num = hastText(label!);
    const [first, ...rest] = inline((lead as HastElement).children.filter((c) => c !== label), eId);
    const leadP = x('p', trimEnd([...(first?.type === 'text' ? [{ ...first, value: first.value.trimStart() }] : first ? [first] : []), ...rest]));
    const before: Element[] = [leadP];
    const nested: Element[] = [];
    const after: Element[] = [];
    for (const node of blocks.slice(1)) {
      if (!isElement(node)) return fail(`${id} holds text outside its paragraphs`);
      if (node.tagName === 'div' && classes(node).includes('subpara')) {
        if (after.length > 0) fail(`${id} has text between its sub-paragraphs, which the schema cannot hold`);
        nested.push(numbered(node, 'subpara-label'));
      } else (nested.length > 0 ? after : before).push(block(node, eId));
    }
    const element = labelClass === 'para-num' ? 'paragraph' : 'subparagraph';
    return nested.length === 0
      ? x(element, { eId }, [x('num', num), x('content', before)])
      : x(element, { eId }, [x('num', num), x('intro', before), ...nested, ...(after.length > 0 ? [x('wrapUp', after)] : [])]);
  }

  // The outline: a stack of open hierarchy elements, deepest last.
  interface Open { depth: number; element: Element; eId: Eid | undefined; unnumbered: Map<string, number>; loose?: Element }
  const root: Open = { depth: 1, element: x('mainBody'), eId: undefined, unnumbered: new Map() };
  const stack: Open[] = [root];
  const top = () => stack[stack.length - 1]!;
  const nextPosition = (open: Open, element: HierarchyElement) => {
    const position = (open.unnumbered.get(element) ?? 0) + 1;
    open.unnumbered.set(element, position);
    return position;
  };

  for (const node of tree.children) {
    if (isBlank(node)) continue;
    if (!isElement(node)) return fail('the report body holds text outside any paragraph or heading');
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      const depth = Number(heading[1]);
      const level = LEVELS[depth] ?? fail(`the report body has an h${depth} heading ("${hastText(node)}"); its outline starts at h2`);
      while (top().depth >= depth) stack.pop();
      const parent = top();
      const { num, heading: text } = splitHeading(hastText(node));
      const eId = claim(hierarchyEid(parent.eId, level.element, num ?? nextPosition(parent, level.element)));
      const element = x(level.element, { name: level.name, eId }, [...(num ? [x('num', num)] : []), x('heading', text)]);
      parent.element.children.push(element);
      delete parent.loose;
      stack.push({ depth, element, eId, unnumbered: new Map() });
    } else if (node.tagName === 'div' && classes(node).includes('para')) {
      top().element.children.push(numbered(node, 'para-num'));
      delete top().loose;
    } else if (node.tagName === 'section' && classes(node).includes('footnotes')) {
      // Placed where the text refers to them (<authorialNote>), not printed again at the end.
    } else if (classes(node).includes('same-theme')) {
      // The site's links to the same theme in other sessions (src/lib/cross-session/theme-lines.ts), not the report's text.
    } else {
      const open = top();
      if (!open.loose) {
        const eId = claim(hierarchyEid(open.eId, 'hcontainer', nextPosition(open, 'hcontainer')));
        open.loose = x('hcontainer', { name: 'unnumbered', eId }, [x('content')]);
        open.element.children.push(open.loose);
      }
      (open.loose.children[0] as Element).children.push(block(node, open.loose.attributes.eId as Eid));
    }
  }

  const unplaced = [...noteNodes.keys()].filter((label) => !placed.includes(label));
  if (unplaced.length > 0) fail(`note ${unplaced.join(', ')} is in the notes section but nowhere in the text`);
  return { children: root.element.children as Element[], tlcs: [...tlcs.values()], notes: placed };
}

/** Drops the whitespace the Markdown left at the end of a block. */
function trimEnd(children: ElementContent[]): ElementContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return children;
  const value = last.value.trimEnd();
  return value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1);
}
