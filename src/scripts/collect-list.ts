// Lists of paragraphs (an entity's mentions, search results): "Copy link" and "Cite" on each item,
// and "Copy this list" as Markdown, one line per paragraph: "- [2016 · para. 51](url): excerpt".
// An item is an <li data-para="para. 51"> whose first link is the paragraph; its citation template
// is on the nearest [data-citation]. Small, and only on pages that list paragraphs.

function status(): HTMLElement {
  let element = document.querySelector<HTMLElement>('.copy-status');
  if (!element) {
    element = document.createElement('p');
    element.className = 'copy-status';
    element.setAttribute('role', 'status');
    document.body.append(element);
  }
  return element;
}

async function copy(text: string, what: string): Promise<void> {
  const region = status();
  try {
    await navigator.clipboard.writeText(text);
    region.textContent = `${what} copied`;
  } catch {
    region.textContent = `Could not copy; the ${what.toLowerCase()} is: ${text}`;
  }
  window.setTimeout(() => { if (region.textContent?.endsWith('copied')) region.textContent = ''; }, 2500);
}

const link = (item: HTMLElement) => item.querySelector<HTMLAnchorElement>('a')!;
/** The paragraph's own address: `data-url` when the link carries more (a search's ?highlight=). */
const urlOf = (item: HTMLElement) => item.dataset.url ?? link(item).href;

/** "Copy link" and "Cite" at the end of one list item. */
export function addItemTools(item: HTMLElement): void {
  const anchor = link(item);
  if (!anchor || item.querySelector('.item-tools')) return;
  const label = anchor.textContent?.trim() ?? '';
  const tools = document.createElement('span');
  tools.className = 'para-tools item-tools';
  const add = (text: string, onClick: () => void) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', `${text}: ${label}`);
    button.addEventListener('click', onClick);
    tools.append(button);
  };
  add('Copy link', () => void copy(urlOf(item), 'Link'));
  const template = item.closest<HTMLElement>('[data-citation]')?.dataset.citation;
  if (template) {
    add('Cite', () => void copy(template.replace('{para}', () => item.dataset.para ?? label).replace('{url}', () => urlOf(item)), 'Citation'));
  }
  item.append(tools);
}

/** The list as Markdown: one line per item, its label linked, then its excerpt. */
export function listMarkdown(container: HTMLElement): string {
  return [...container.querySelectorAll<HTMLElement>('li[data-para]')].map((item) => {
    const anchor = link(item);
    const excerpt = item.querySelector('.excerpt')?.textContent?.replace(/\s+/g, ' ').trim();
    return `- [${anchor.textContent?.trim()}](${urlOf(item)})${excerpt ? `: ${excerpt}` : ''}`;
  }).join('\n');
}

/** A "Copy this list" button before the container. */
export function addListTools(container: HTMLElement, heading = document.title): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button copy-list';
  button.textContent = 'Copy this list';
  button.addEventListener('click', () => void copy(`${heading}\n\n${listMarkdown(container)}\n`, 'List'));
  container.before(button);
  return button;
}

for (const container of document.querySelectorAll<HTMLElement>('[data-collect]')) {
  addListTools(container, document.querySelector('h1')?.textContent?.trim());
  container.querySelectorAll<HTMLElement>('li[data-para]').forEach(addItemTools);
}
