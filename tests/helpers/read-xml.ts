// Reads the XML files the site writes (the Akoma Ntoso editions) back into xast trees, for build
// tests. A small reader for well-formed XML as xast-util-to-xml writes it (elements, attributes
// in quotes, text, character references, the XML declaration); it throws on anything else. It
// does not check well-formedness beyond tag nesting: the schema validation (xmllint) does that.
import type { Element, ElementContent, Root } from 'xast';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    const value = ENTITIES[ref];
    if (value === undefined) throw new Error(`unknown entity ${whole}`);
    return value;
  });
}

export function readXml(xml: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: (Root | Element)[] = [root];
  const token = /<\?([^?]*)\?>|<!--([\s\S]*?)-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let at = 0;
  while ((match = token.exec(xml))) {
    if (match.index !== at) throw new Error(`unreadable XML at offset ${at}`);
    at = token.lastIndex;
    const parent = stack[stack.length - 1]!;
    const [, instruction, comment, close, open, attributes, selfClosing, text] = match;
    if (instruction !== undefined) {
      const [name, ...rest] = instruction.split(/\s+/);
      (parent.children as unknown[]).push({ type: 'instruction', name, value: rest.join(' ') });
    } else if (comment !== undefined) {
      (parent.children as unknown[]).push({ type: 'comment', value: comment });
    } else if (close !== undefined) {
      if (parent.type !== 'element' || parent.name !== close) throw new Error(`</${close}> closes ${parent.type === 'element' ? `<${parent.name}>` : 'nothing'}`);
      stack.pop();
    } else if (open !== undefined) {
      const element: Element = { type: 'element', name: open, attributes: {}, children: [] };
      for (const [, name, value] of (attributes ?? '').matchAll(/([^\s=]+)="([^"]*)"/g)) element.attributes[name!] = decode(value!);
      (parent.children as ElementContent[]).push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      (parent.children as ElementContent[]).push({ type: 'text', value: decode(text) });
    }
  }
  if (at !== xml.length || stack.length !== 1) throw new Error('unterminated XML');
  return root;
}

/** Every element of a tree, in document order. */
export function elements(node: Root | Element, name?: string): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [...(name === undefined || child.name === name ? [child] : []), ...elements(child, name)] : []));
}
