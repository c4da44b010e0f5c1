// The plain text of each numbered paragraph of a report's Markdown (docs/report-format.md):
// the paragraph with its sub-paragraphs and the notes it references, without Markdown syntax.
// URLs are blanked out so that "…/Peru-y-Bolivia-contra…" in a link is never a mention.
// Works on the importer's block format (blank-line separated), without a Markdown parse.

export interface ParagraphText {
  number: number;
  text: string;
  /** The nearest heading above the paragraph ("Human Rights Council"), as plain text. */
  heading: string;
}

/** Markdown inline syntax → the text a reader sees, URLs replaced by spaces. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[\^\d+\]/g, '')
    .replace(/<https?:\/\/[^>]+>/g, (url) => ' '.repeat(url.length))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, (_all, text: string) => (/^(?:https?:\/\/|www\.)/.test(text) ? ' '.repeat(text.length) : text))
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length))
    .replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/g, '$1')
    .replace(/(\*\*|\*|__)(\S(?:[^*]*?\S)?)\1/g, '$2');
}

export function paragraphTexts(markdown: string): ParagraphText[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const notes = new Map<string, string>();
  for (const m of body.matchAll(/^\[\^(\d+)\]: (.*)$/gm)) notes.set(m[1]!, m[2]!);
  const paragraphs: { number: number; parts: string[]; heading: string }[] = [];
  let current: { number: number; parts: string[]; heading: string } | undefined;
  let heading = '';
  for (const block of body.split(/\n{2,}/)) {
    const numbered = /^(\d+)\\\. ([\s\S]*)$/.exec(block);
    const headingMatch = /^#{1,6} (.*)$/.exec(block);
    if (headingMatch) heading = plainText(headingMatch[1]!);
    if (numbered) {
      current = { number: Number(numbered[1]), parts: [`${numbered[1]}. ${numbered[2]}`], heading };
      paragraphs.push(current);
    } else if (current && /^\([a-z]+\) /.test(block)) {
      current.parts.push(block);
    } else {
      current = undefined; // a heading or a note ends the paragraph
    }
  }
  return paragraphs.map(({ number, parts, heading: above }) => {
    const refs = [...parts.join('\n').matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]!);
    const noteTexts = refs.map((label) => notes.get(label)).filter((t): t is string => t !== undefined);
    return { number, text: plainText([...parts, ...noteTexts].join('\n')), heading: above };
  });
}
