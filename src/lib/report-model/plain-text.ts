// The text a reader sees in an mdast subtree: text and code as written, emphasis unwrapped, note
// references dropped, and URLs blanked with spaces of the same length, so that words inside an
// address ("…/Peru-y-Bolivia-contra…") are never taken for mentions. A link whose text is a
// name keeps that name; a link whose text is its address (`www.unodc.org/…`) is blanked.
import type { Nodes } from 'mdast';

const URL_TEXT = /^(?:https?:\/\/|www\.)/;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/g;

export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(BARE_URL, (url) => ' '.repeat(url.length));
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
      const text = node.children.map(plainText).join('');
      return URL_TEXT.test(text) ? ' '.repeat(text.length) : text;
    }
    default:
      return 'children' in node ? node.children.map(plainText).join('') : '';
  }
}
