// The only JavaScript of a reading page (kept small; everything else works without it):
// 1. "Copy link" and "Cite" buttons on each paragraph and sub-paragraph, with a visible,
//    announced confirmation; "Cite" also shows the citation it copies in a small panel;
// 2. a preview of a footnote on hover and focus of its reference;
// 3. the table of contents marks the section being read;
// 4. arriving from search (?highlight=terms#para-N), the terms are marked in that paragraph;
// 5. "Share" where the browser can share; copying or sharing a link puts its hash in the address bar;
// 6. a keyboard way past each section's links; "Print this section"; on paper, the print date and
//    the external links as numbered endnotes.
import { pinpoint } from '../lib/citation';
import { fillParagraphCitation } from '../lib/paragraph-citation';

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

/** An id from a URL fragment; a malformed escape (`#para-%`) is taken as it is, never thrown. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** The panel under a paragraph's first line that shows its citation (one open at a time). */
let openPanel: { panel: HTMLElement; button: HTMLButtonElement } | undefined;
function closeCitation(): void {
  openPanel?.button.setAttribute('aria-expanded', 'false');
  openPanel?.panel.remove();
  openPanel = undefined;
}
const FORMATS = [['bib', 'BibTeX'], ['ris', 'RIS'], ['json', 'CSL-JSON']] as const;

/** A line of download links, one per format. */
function formatLinks(intro: string, link: (ext: string) => { href: string; download?: string; onClick?: (event: MouseEvent) => void }): HTMLElement {
  const line = document.createElement('p');
  line.className = 'cite-formats';
  line.append(intro);
  FORMATS.forEach(([ext, name], i) => {
    const { href, download = '', onClick } = link(ext);
    const a = document.createElement('a');
    a.href = href;
    a.textContent = name;
    a.setAttribute('download', download);
    if (onClick) a.addEventListener('click', onClick);
    line.append(...(i > 0 ? [' · ', a] : [a]));
  });
  return line;
}

/** A paragraph's record: fetched as its report's template and saved filled in (paragraph-citation.ts). */
function paragraphDownload(ext: string, anchorId: string) {
  const download = `${location.pathname.split('/').at(-2)}-${anchorId}.${ext}`;
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    fetch(`cite-paragraph.${ext}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((template) => {
        const save = document.createElement('a');
        save.href = URL.createObjectURL(new Blob([fillParagraphCitation(template, anchorId)], { type: 'text/plain' }));
        save.download = download;
        save.click();
        setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
      })
      .catch(() => announce('Could not download the citation'));
  };
  return { href: `cite-paragraph.${ext}`, download, onClick };
}

function showCitation(button: HTMLButtonElement, after: HTMLElement, anchorId: string, label: string, text: string, note: string): void {
  const again = openPanel?.button === button;
  closeCitation();
  if (again) return;
  const panel = document.createElement('div');
  panel.className = 'cite-panel';
  panel.id = 'cite-panel';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', `Citation of ${label}`);
  const quote = document.createElement('p');
  quote.className = 'cite-text';
  quote.textContent = text;
  panel.append(quote);
  if (note) {
    const basis = document.createElement('p');
    basis.className = 'cite-basis';
    basis.textContent = note;
    panel.append(basis);
  }
  // For a reference manager: this paragraph (its report's template, filled in here) and the whole report.
  panel.append(formatLinks('This paragraph: ', (ext) => paragraphDownload(ext, anchorId)), formatLinks('The whole report: ', (ext) => ({ href: `cite.${ext}` })));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.setAttribute('aria-label', 'Close the citation');
  close.addEventListener('click', () => { closeCitation(); button.focus(); });
  panel.append(close);
  after.after(panel);
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', panel.id);
  openPanel = { panel, button };
}

if (article) {
  const template = article.dataset.citation ?? '';
  const note = article.dataset.citationNote ?? '';
  const addTools = (block: HTMLElement) => {
    const anchor = block.querySelector<HTMLAnchorElement>(':scope > p > a.para-num, :scope > p > a.subpara-label');
    if (!anchor || !block.id) return;
    const url = `${location.origin}${location.pathname}#${block.id}`; // without ?highlight=
    const label = pinpoint(block.id) ?? block.id;
    const cited = template.replace('{para}', () => label).replace('{url}', () => url);
    const tools = document.createElement('span');
    tools.className = 'para-tools';
    const button = (text: string, onClick: (self: HTMLButtonElement) => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = text;
      element.setAttribute('aria-label', `${text}: ${label}`);
      element.addEventListener('click', () => onClick(element));
      tools.append(element);
      return element;
    };
    // The address bar then names this paragraph, so the browser's own share sends it too.
    const mark = () => history.replaceState(history.state, '', `${location.pathname}${location.search}#${block.id}`);
    button('Copy link', () => { mark(); void copy(url, 'Link'); });
    if (typeof navigator.share === 'function') {
      button('Share', () => {
        mark();
        navigator.share({ title: document.title, text: label, url }).catch(() => undefined);
      });
    }
    button('Cite', (self) => {
      mark();
      showCitation(self, anchor.parentElement!, block.id, label, cited, note);
      void copy(cited, 'Citation');
    }).setAttribute('aria-expanded', 'false');
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
  // The reference keeps its own aria-describedby (the notes heading); the preview is added to it
  // while shown and taken off again.
  let preview: { element: HTMLElement; ref: HTMLAnchorElement; describedBy: string | null } | undefined;
  const hide = () => {
    if (!preview) return;
    preview.element.remove();
    if (preview.describedBy === null) preview.ref.removeAttribute('aria-describedby');
    else preview.ref.setAttribute('aria-describedby', preview.describedBy);
    preview = undefined;
  };
  const show = (ref: HTMLAnchorElement) => {
    const note = document.getElementById(fragmentId(ref.hash));
    if (!note) return;
    hide();
    const element = document.createElement('div');
    element.className = 'fn-preview';
    element.id = 'fn-preview';
    element.setAttribute('role', 'tooltip');
    const clone = note.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-footnote-backref], .data-footnote-backref').forEach((el) => el.remove());
    element.textContent = clone.textContent?.trim() ?? '';
    document.body.append(element);
    const box = ref.getBoundingClientRect();
    const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - element.offsetWidth - 8);
    element.style.left = `${Math.max(8, left)}px`;
    element.style.top = `${window.scrollY + box.bottom + 6}px`;
    const describedBy = ref.getAttribute('aria-describedby');
    preview = { element, ref, describedBy };
    ref.setAttribute('aria-describedby', [describedBy, element.id].filter(Boolean).join(' '));
  };
  for (const ref of article.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
    ref.addEventListener('mouseenter', () => show(ref));
    ref.addEventListener('focus', () => show(ref));
    ref.addEventListener('mouseleave', hide);
    ref.addEventListener('blur', hide);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    hide();
    if (openPanel && openPanel.panel.contains(document.activeElement)) openPanel.button.focus();
    closeCitation();
  });
}

// Search landing: mark each word of ?highlight= where a word of the target paragraph starts with it.
const terms = (new URLSearchParams(location.search).get('highlight') ?? '')
  .split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((t) => t.length > 1).slice(0, 10);
const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
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

// Table of contents: open beside the text on wide screens (closed by default for phones); the
// "Contents" control of the phone bar opens it.
const tocDetails = document.querySelector<HTMLDetailsElement>('.report-toc details');
if (tocDetails && window.matchMedia('(min-width: 64rem)').matches) tocDetails.open = true;
document.querySelector('.report-jump a[href="#report-contents"]')?.addEventListener('click', () => { if (tocDetails) tocDetails.open = true; });

if (article) {
  // Each chapter and section: a link past it (shown on focus), and "Print this section" on chapters.
  const headings = [...article.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')];
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.tagName <= heading.tagName);
    const skip = document.createElement('a');
    skip.className = 'skip-section';
    skip.href = next ? `#${next.id}` : '#report-end';
    skip.textContent = next ? `Skip to ${next.textContent ?? 'the next section'}` : 'Skip to the end of the report';
    heading.after(skip);
    if (heading.tagName !== 'H2' || heading.closest('.footnotes')) return;
    const print = document.createElement('button');
    print.type = 'button';
    print.className = 'print-section';
    print.textContent = 'Print this section';
    print.setAttribute('aria-label', `Print this section: ${heading.textContent ?? ''}`);
    print.addEventListener('click', () => printSection(heading, next && next.tagName === 'H2' ? next : headings.slice(i + 1).find((h) => h.tagName === 'H2')));
    skip.after(print);
  });

  // One chapter alone on paper: everything of the article outside it is hidden while printing.
  const printSection = (from: HTMLElement, to: HTMLElement | undefined) => {
    let inside = false;
    for (const child of [...article.children]) {
      if (child === from) inside = true;
      else if (child === to) inside = false;
      if (!inside) child.classList.add('print-hidden');
    }
    document.querySelectorAll('.metadata, .summary').forEach((el) => el.classList.add('print-hidden'));
    window.print();
  };

  // On paper: the print date, and external links as numbered endnotes rather than inline URLs.
  let endnotes: HTMLElement | undefined;
  window.addEventListener('beforeprint', () => {
    const date = document.querySelector('.print-date');
    if (date) date.textContent = `Printed ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
    const numbers = new Map<string, number>();
    const labels = new Map<string, string>();
    for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href^="http"]:not(.url-text)')) {
      if (link.closest('.print-hidden')) continue;
      let n = numbers.get(link.href);
      if (n === undefined) {
        numbers.set(link.href, (n = numbers.size + 1));
        labels.set(link.href, link.textContent ?? '');
      }
      const ref = document.createElement('span');
      ref.className = 'print-endnote-ref';
      ref.textContent = `[${n}]`;
      link.after(ref);
    }
    if (numbers.size === 0) return;
    endnotes = document.createElement('section');
    endnotes.className = 'print-endnotes';
    const title = document.createElement('h2');
    title.textContent = 'Links';
    const list = document.createElement('ol');
    for (const href of numbers.keys()) {
      const item = document.createElement('li');
      const label = labels.get(href)?.trim();
      item.textContent = label && label !== href ? `${label}: ${href}` : href;
      list.append(item);
    }
    endnotes.append(title, list);
    article.append(endnotes);
  });
  window.addEventListener('afterprint', () => {
    article.querySelectorAll('.print-endnote-ref').forEach((el) => el.remove());
    endnotes?.remove();
    document.querySelectorAll('.print-hidden').forEach((el) => el.classList.remove('print-hidden'));
  });
}

// Table of contents: mark the last heading above the top third of the viewport.
const tocLinks = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.report-toc a[href^="#"]')) {
  tocLinks.set(fragmentId(link.hash), link);
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
