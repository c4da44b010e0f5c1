// The text a reader sees in an mdast subtree: text and code as written, emphasis unwrapped, note
// references dropped, and URLs blanked with spaces of the same length, so that words inside an
// address ("…/Peru-y-Bolivia-contra…") are never taken for mentions. A link whose text is a
// name keeps that name; a link whose text is its address (`www.unodc.org/…`) is blanked.
// `readingText` is the same walk with addresses kept: the words as printed, for the open data.
import type { Nodes } from 'mdast';

const URL_TEXT = /^(?:https?:\/\/|www\.)/;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/g;

export function plainText(node: Nodes): string {
  return textOf(node, true);
}

/** The text a reader sees, addresses as printed. */
export function readingText(node: Nodes): string {
  return textOf(node, false);
}

function textOf(node: Nodes, blankUrls: boolean): string {
  const blank = (url: string) => (blankUrls ? ' '.repeat(url.length) : url);
  switch (node.type) {
    case 'text':
      return node.value.replace(BARE_URL, blank);
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'footnoteReference':
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    case 'break':
      return '\n';
    case 'link':
    case 'linkReference': {
      const text = node.children.map((child) => textOf(child, blankUrls)).join('');
      return URL_TEXT.test(text) ? blank(text) : text;
    }
    default:
      return 'children' in node ? node.children.map((child) => textOf(child as Nodes, blankUrls)).join('') : '';
  }
}
