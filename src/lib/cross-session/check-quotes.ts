// The figures against the text: every session fact, "not stated" note and missing session quotes
// its paragraph word for word (the paragraph as printed, sub-paragraphs included); a fact's report
// is of its session; a series value has its amount, written in its quote; every series a fact
// names has a file, and every series has values from two sessions or more.
import { ContentError } from '../errors';
import type { Located } from '../structure/yaml-lines';

interface Quoted {
  report: string;
  paragraph: number;
  quote: string;
}

export interface QuoteFiles {
  facts: Located<readonly (Quoted & { id: string; session: string; series?: string | undefined; amount?: number | undefined })[]>;
  figures: readonly Located<{ slug: string; notStated: readonly (Quoted & { session: string })[] }>[];
  missingSessions: Located<readonly (Quoted & { year: number })[]>;
}

/** Each report's paragraphs as printed, by number: `texts.get('cop8-2016')?.get(2)`. */
export type ParagraphTexts = ReadonlyMap<string, ReadonlyMap<number, string>>;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Whether the quote writes the amount: 1311 as "1,311" (or "1311"), 3 as "three". */
export function quoteStates(quote: string, amount: number): boolean {
  const forms = [amount.toLocaleString('en-US'), String(amount), NUMBER_WORDS[amount]].filter((f): f is string => f !== undefined);
  return forms.some((form) => new RegExp(`(?<![\\d,.])${form.replace(/[.,]/g, '\\$&')}(?![\\d]|,\\d)`, 'i').test(quote));
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

export function checkQuotes({ facts, figures, missingSessions }: QuoteFiles, texts: ParagraphTexts): ContentError[] {
  const errors: ContentError[] = [];
  const check = (file: string, line: number | undefined, { report, paragraph, quote }: Quoted) => {
    const paragraphs = texts.get(report);
    if (!paragraphs) return void errors.push(new ContentError({ file, line, problem: `no report "${report}" in content/reports/` }));
    const text = paragraphs.get(paragraph);
    if (text === undefined) return void errors.push(new ContentError({ file, line, problem: `${report} has no paragraph ${paragraph}` }));
    if (!flat(text).includes(flat(quote))) errors.push(new ContentError({ file, line, problem: `${report} paragraph ${paragraph} does not say "${quote}"` }));
  };
  const series = new Map(figures.map((f) => [f.data.slug, new Set<string>()]));
  facts.data.forEach((fact, i) => {
    const line = facts.lineOf([i]);
    check(facts.file, line, fact);
    if (!fact.report.startsWith(`${fact.session}-`)) errors.push(new ContentError({ file: facts.file, line, problem: `fact "${fact.id}": the report ${fact.report} is not of the session ${fact.session}` }));
    if ((fact.series === undefined) !== (fact.amount === undefined)) {
      errors.push(new ContentError({ file: facts.file, line, problem: `fact "${fact.id}": a value of a series needs both series and amount` }));
      return;
    }
    if (fact.series === undefined || fact.amount === undefined) return;
    const sessions = series.get(fact.series);
    if (!sessions) return void errors.push(new ContentError({ file: facts.file, line, field: 'series', problem: `no series "${fact.series}" in content/figures/` }));
    if (sessions.has(fact.session)) errors.push(new ContentError({ file: facts.file, line, problem: `fact "${fact.id}": the series "${fact.series}" has a value for ${fact.session} already` }));
    sessions.add(fact.session);
    if (!quoteStates(fact.quote, fact.amount)) errors.push(new ContentError({ file: facts.file, line, field: 'amount', problem: `fact "${fact.id}": the quote does not write ${fact.amount}` }));
  });
  for (const figure of figures) {
    figure.data.notStated.forEach((entry, i) => {
      check(figure.file, figure.lineOf(['notStated', i]), entry);
      if (series.get(figure.data.slug)?.has(entry.session)) errors.push(new ContentError({ file: figure.file, line: figure.lineOf(['notStated', i]), problem: `${entry.session} has a value in this series: it cannot be "not stated"` }));
    });
    const count = series.get(figure.data.slug)?.size ?? 0;
    if (count < 2) errors.push(new ContentError({ file: figure.file, problem: `a series needs values from two sessions or more; ${count} found in content/session-facts.yaml` }));
  }
  missingSessions.data.forEach((entry, i) => {
    const line = missingSessions.lineOf([i]);
    check(missingSessions.file, line, entry);
    if (!entry.quote.includes(String(entry.year))) errors.push(new ContentError({ file: missingSessions.file, line, problem: `the quote does not give the year ${entry.year}` }));
  });
  return errors;
}
