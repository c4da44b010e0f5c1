// A figure series as an SVG chart drawn at build time (d3-scale for the axes, d3-shape for the
// line, hastscript for the elements): a point per session that states a value, each a link to its
// paragraph; sessions whose report states none and sessions this edition does not hold marked on
// the time axis with what they are. No script; the page's table is its text alternative.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Element } from 'hast';
import { s } from 'hastscript';

export interface ChartPoint {
  year: number;
  /** "2016 · COP 8" */
  label: string;
  amount: number;
  /** As the session page shows it: "1,311 cases from 94 jurisdictions". */
  value: string;
  href: string;
}

export interface ChartMark {
  year: number;
  label: string;
  /** "not stated", "not in this edition" */
  note: string;
  href?: string | undefined;
}

export interface ChartInput {
  id: string;
  title: string;
  description: string;
  unit: string;
  points: readonly ChartPoint[];
  marks: readonly ChartMark[];
}

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 24, bottom: 64, left: 64 };

export function figureChart({ id, title, description, unit, points, marks }: ChartInput): Element {
  const years = [...points.map((p) => p.year), ...marks.map((m) => m.year)];
  const x = scaleLinear().domain([Math.min(...years) - 0.5, Math.max(...years) + 0.5]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([0, Math.max(...points.map((p) => p.amount)) * 1.1]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const path = line<ChartPoint>().x((p) => x(p.year)).y((p) => y(p.amount))(sorted) ?? '';
  const format = (n: number) => n.toLocaleString('en-US');
  const baseline = HEIGHT - MARGIN.bottom;
  return s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, className: ['figure-chart'], 'aria-labelledby': `${id}-title ${id}-desc` }, [
    s('title', { id: `${id}-title` }, title),
    s('desc', { id: `${id}-desc` }, description),
    s('g', { className: ['axis', 'y-axis'] }, y.ticks(4).flatMap((t) => [
      s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), className: ['grid'] }),
      s('text', { x: MARGIN.left - 8, y: y(t), dy: '0.32em', textAnchor: 'end' }, format(t)),
    ])),
    s('text', { x: 16, y: (MARGIN.top + baseline) / 2, transform: `rotate(-90 16 ${(MARGIN.top + baseline) / 2})`, textAnchor: 'middle', className: ['axis-label'] }, unit),
    s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: baseline, y2: baseline, className: ['axis-line'] }),
    s('path', { d: path, className: ['series-line'] }),
    // A session not held here: a dashed line through the plot; one whose report states nothing: a ring on the axis.
    ...marks.map((m) => {
      const inner = [
        m.note === 'not stated'
          ? s('circle', { cx: x(m.year), cy: baseline, r: 5, className: ['not-stated'] })
          : s('line', { x1: x(m.year), x2: x(m.year), y1: MARGIN.top, y2: baseline, className: ['gap-line'] }),
        s('text', { x: x(m.year), y: baseline + 18, textAnchor: 'middle', className: ['year', 'gap-year'] }, String(m.year)),
      ];
      // An accessible name that starts with the link's visible text (the year).
      return m.href ? s('a', { href: m.href, 'aria-label': `${m.year} — ${m.label}: ${m.note}` }, inner) : s('g', { className: ['gap'] }, inner);
    }),
    // The legend says what the two marks mean, once.
    s('g', { className: ['legend'], transform: `translate(${MARGIN.left} ${HEIGHT - 16})` }, [
      s('line', { x1: 0, x2: 0, y1: -10, y2: 2, className: ['gap-line'] }),
      s('text', { x: 8, y: 0 }, 'a session whose report is not in this edition'),
      s('circle', { cx: 330, cy: -4, r: 5, className: ['not-stated'] }),
      s('text', { x: 342, y: 0 }, 'its report states no value'),
    ]),
    ...sorted.map((p) => s('text', { x: x(p.year), y: baseline + 18, textAnchor: 'middle', className: ['year'] }, String(p.year))),
    ...sorted.map((p) => s('a', { href: p.href, 'aria-label': `${format(p.amount)} — ${p.label}: ${p.value}` }, [
      s('circle', { cx: x(p.year), cy: y(p.amount), r: 6, className: ['point'] }),
      s('text', { x: x(p.year), y: y(p.amount) - 12, textAnchor: 'middle', className: ['value'] }, format(p.amount)),
    ])),
  ]);
}
