// Mentions by session as a small bar chart drawn at build time (d3-scale, hastscript): one bar per
// report in date order, an empty stub where the session does not mention the entity. An image
// with its numbers in its accessible name; pages print the same numbers as text beside it.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Element } from 'hast';
import { s } from 'hastscript';

export interface SessionCount {
  year: string;
  count: number;
}

export function sessionBarsLabel(counts: readonly SessionCount[]): string {
  return `Paragraphs by session: ${counts.map((c) => `${c.year}, ${c.count === 0 ? 'not mentioned' : c.count}`).join('; ')}`;
}

export function sessionBars(counts: readonly SessionCount[], { width = 60, height = 16, max }: { width?: number; height?: number; max?: number } = {}): Element {
  const x = scaleBand<string>().domain(counts.map((c) => c.year)).range([0, width]).padding(0.2);
  const y = scaleLinear().domain([0, max ?? Math.max(1, ...counts.map((c) => c.count))]).range([height, 1]);
  return s('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': sessionBarsLabel(counts), className: ['session-bars'] },
    counts.map((c) => (c.count === 0
      ? s('rect', { x: x(c.year), y: height - 1, width: x.bandwidth(), height: 1, className: ['none'] })
      // At least 3 px, so that one paragraph among many still shows.
      : s('rect', { x: x(c.year), y: Math.min(y(c.count), height - 3), width: x.bandwidth(), height: Math.max(height - y(c.count), 3) }))));
}
