// Links only where the source had a real URL: a link with an empty target or a bare "#"
// (left over from the UN exports' `[72/195](#)`) is an error, as is a link with no text; and no
// link, image or reference definition may point at a scheme other than http, https or mailto
// (`javascript:` and the like would run or load on the page).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from '../errors';
import { ALLOWED_SCHEMES, forbiddenScheme } from '../url-scheme';

export function checkLinks(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const scheme = forbiddenScheme(node.url);
    if (scheme === undefined) return;
    const name = node.type === 'link' ? `link "${toString(node)}"` : node.type === 'image' ? `image "${node.alt ?? ''}"` : `reference definition [${node.label ?? node.identifier}]`;
    errors.push(new ContentError({
      file,
      line: node.position?.start.line ?? 0,
      problem: `${name} points to a "${scheme}:" URL (${JSON.stringify(node.url.slice(0, 60))}): expected ${ALLOWED_SCHEMES.join(', ')} or a link within the site`,
    }));
  });
  visit(tree, 'link', (node) => {
    const line = node.position?.start.line ?? 0;
    const text = toString(node);
    if (node.url.trim() === '' || node.url.trim() === '#') {
      errors.push(new ContentError({ file, line, problem: `link "${text}" has no target (${JSON.stringify(node.url)}): expected a real URL or plain text` }));
    } else if (text.trim() === '') {
      errors.push(new ContentError({ file, line, problem: `link to ${node.url} has no text` }));
    }
  });
  return errors;
}
