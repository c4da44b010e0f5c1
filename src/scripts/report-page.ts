// The only JavaScript of a reading page (kept small; everything else works without it):
// 1. "Copy link" and "Cite" buttons on each paragraph and sub-paragraph, with a visible,
//    announced confirmation;
// 2. a preview of a footnote on hover and focus of its reference;
// 3. the table of contents marks the section being read;
// 4. arriving from search (?highlight=terms#para-N), the terms are marked in that paragraph.
import { parseParaId } from '../lib/anchors';

const status = document.querySelector<HTMLElement>('.copy-status');
const article = document.querySelector<HTMLElement>('[data-citation]');

function announce(message: string): void {
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => { if (status.textContent === message) status.textContent = ''; }, 2500);
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied`);
  } catch {
    announce(`Could not copy; the ${what.toLowerCase()} is: ${text}`);
  }
}

function paragraphLabel(id: string): string {
  const anchor = parseParaId(id);
  return anchor ? `para. ${anchor.number}${anchor.labels.map((l) => ` (${l})`).join('')}` : id;
}

if (article) {
  const template = article.dataset.citation ?? '';
  const addTools = (block: HTMLElement) => {
    const anchor = block.querySelector<HTMLAnchorElement>(':scope > p > a.para-num, :scope > p > a.subpara-label');
    if (!anchor || !block.id) return;
    const url = `${location.origin}${location.pathname}#${block.id}`; // without ?highlight=
    const label = paragraphLabel(block.id);
    const tools = document.createElement('span');
    tools.className = 'para-tools';
    for (const [text, what, value] of [
      ['Copy link', 'Link', url],
      ['Cite', 'Citation', template.replace('{para}', label).replace('{url}', url)],
    ] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('aria-label', `${text}: ${label}`);
      button.addEventListener('click', () => void copy(value, what));
      tools.append(button);
    }
    // At the end of the paragraph's first block, so the text starts right after its number.
    anchor.parentElement!.append(tools);
  };
  // In small batches between frames, so a long report never blocks the main thread for long;
  // the paragraph in the URL first.
  const blocks = [...article.querySelectorAll<HTMLElement>('.para, .subpara')];
  const first = blocks.findIndex((b) => `#${b.id}` === location.hash);
  if (first > 0) blocks.unshift(...blocks.splice(first, 1));
  const batch = () => {
    for (const block of blocks.splice(0, 40)) addTools(block);
    if (blocks.length > 0) setTimeout(batch, 0);
  };
  batch();

  // Footnote previews: the note's text in a tooltip next to its reference.
  let preview: HTMLElement | undefined;
  const hide = () => { preview?.remove(); preview = undefined; };
  const show = (ref: HTMLAnchorElement) => {
    const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
    if (!note) return;
    hide();
    preview = document.createElement('div');
    preview.className = 'fn-preview';
    preview.id = 'fn-preview';
    preview.setAttribute('role', 'tooltip');
    const clone = note.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-footnote-backref], .data-footnote-backref').forEach((el) => el.remove());
    preview.textContent = clone.textContent?.trim() ?? '';
    document.body.append(preview);
    const box = ref.getBoundingClientRect();
    const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - preview.offsetWidth - 8);
    preview.style.left = `${Math.max(8, left)}px`;
    preview.style.top = `${window.scrollY + box.bottom + 6}px`;
    ref.setAttribute('aria-describedby', 'fn-preview');
  };
  for (const ref of article.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
    ref.addEventListener('mouseenter', () => show(ref));
    ref.addEventListener('focus', () => show(ref));
    ref.addEventListener('mouseleave', hide);
    ref.addEventListener('blur', () => { hide(); ref.removeAttribute('aria-describedby'); });
  }
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
}

// Search landing: mark each word of ?highlight= where a word of the target paragraph starts with it.
const terms = (new URLSearchParams(location.search).get('highlight') ?? '')
  .split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((t) => t.length > 1).slice(0, 10);
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
if (terms.length > 0 && target) {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    if (node.parentElement?.closest('.para-tools, .para-num, .subpara-label')) continue;
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      parts.push(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      mark.textContent = m[0];
      parts.push(mark);
      last = m.index + m[0].length;
    }
    if (last > 0) node.replaceWith(...parts, text.slice(last));
  }
}

// Table of contents: open beside the text on wide screens (closed by default for phones).
const tocDetails = document.querySelector<HTMLDetailsElement>('.report-toc details');
if (tocDetails && window.matchMedia('(min-width: 64rem)').matches) tocDetails.open = true;

// Table of contents: mark the last heading above the top third of the viewport.
const tocLinks = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.report-toc a[href^="#"]')) {
  tocLinks.set(decodeURIComponent(link.hash.slice(1)), link);
}
const headings = [...tocLinks.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
if (headings.length > 0) {
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    const line = window.innerHeight / 3;
    let active: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) active = heading;
      else break;
    }
    const link = active ? tocLinks.get(active.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  window.addEventListener('scroll', () => { if (!queued) { queued = true; requestAnimationFrame(update); } }, { passive: true });
  update();
}
export {}; // a module, so its names do not clash with globals such as window.status
