import type { TimelineEntry, TimelineLane } from "@dossier/core";
import { scaleUtc } from "d3-scale";
import { utcDay } from "d3-time";

/** The chart's drawing units; the SVG scales to its box, so these are proportions, not pixels. */
export const CHART = {
  width: 800,
  margin: 12,
  axis: 34,
  laneLabel: 22,
  row: 20,
  laneGap: 10,
  radius: 5.5,
  /** the least room a point takes beside another on the same day */
  pitch: 15,
} as const;

export interface ChartMark {
  entry: TimelineEntry;
  /** a point is a known day or instant; a span is a stretch the record lies somewhere in */
  shape: "point" | "span";
  x0: number;
  x1: number;
  y: number;
  /** the span runs on past the chart's edge */
  clipped: { start: boolean; end: boolean };
  /** bounded by the records or dates it comes after or before, not by its own value alone */
  anchored: boolean;
}

/** The classes that draw a mark of this kind; the legend's keys carry them too, to look the same. */
export const markClass = (kind: "event" | "statement", anchored: boolean) =>
  `chart__mark chart__mark--${kind}${anchored ? " chart__mark--anchored" : ""}`;

export interface ChartLane {
  key: string;
  label: string;
  y: number;
  height: number;
  marks: ChartMark[];
}

export interface ChartTick {
  x: number;
  label: string;
  /** the first tick of a month, or the first tick at all, says the month */
  major: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  ticks: ChartTick[];
  /** the start x of each day, for the faint day bands */
  days: { x0: number; x1: number }[];
  lanes: ChartLane[];
}

const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const instantOf = (iso: string) => new Date(`${iso.length > 10 ? iso.slice(0, 16) : iso}:00Z`);
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** Whether [a0, a1] and [b0, b1] come closer than the gap. */
const overlaps = (a0: number, a1: number, b0: number, b1: number, gap: number) =>
  a0 < b1 + gap && b0 < a1 + gap;

/**
 * Lays out timeline lanes on a day axis from `from` to `to` (ISO days, both included). A record
 * known to a day is a point somewhere in that day's band, in chronological order left to right; a
 * time is a point at its instant; anything known only to a stretch (a month, a year, the days its
 * anchors leave) is a span over that stretch, cut at the chart's edges and marked so. Marks that
 * would touch go to the next row of their lane.
 */
export function layoutChart(lanes: readonly TimelineLane[], from: string, to: string): ChartLayout {
  const start = dayOf(from);
  const end = utcDay.offset(dayOf(to < from ? from : to), 1);
  const x = scaleUtc()
    .domain([start, end])
    .range([CHART.margin, CHART.width - CHART.margin]);
  const dayStarts = utcDay.range(start, end);
  const dayWidth = (CHART.width - 2 * CHART.margin) / Math.max(1, dayStarts.length);
  // a day per tick while the labels fit, else d3's own choice of round dates
  const tickDates = dayWidth >= 34 ? dayStarts : x.ticks(8);
  const ticks = tickDates.map((d, i) => {
    const major = i === 0 || d.getUTCDate() === 1 || dayWidth < 34;
    const day = String(d.getUTCDate());
    return { x: x(d), label: major ? `${day} ${MONTH.format(d)}` : day, major };
  });
  const days = dayStarts.map((d) => ({ x0: x(d), x1: x(utcDay.offset(d, 1)) }));

  let y = CHART.axis;
  const out: ChartLane[] = [];
  for (const lane of lanes) {
    const rows: [number, number][][] = [];
    const place = (x0: number, x1: number, candidates: number[]): [number, number] => {
      for (let r = 0; ; r++) {
        const taken = rows[r] ?? [];
        for (const c of candidates) {
          const a = c === -1 ? x0 : c - CHART.radius;
          const b = c === -1 ? x1 : c + CHART.radius;
          if (!taken.some(([p, q]) => overlaps(a, b, p, q, 3))) {
            rows[r] = [...taken, [a, b]];
            return [r, c];
          }
        }
      }
    };
    const marks: ChartMark[] = [];
    // points first, so a day's records sit together in the top rows and the stretches below them
    const isPoint = (e: TimelineEntry) =>
      e.record.date.earliest.slice(0, 10) === e.record.date.latest.slice(0, 10);
    const ordered = [...lane.entries.filter(isPoint), ...lane.entries.filter((e) => !isPoint(e))];
    for (const entry of ordered) {
      const date = entry.record.date;
      const anchored = Boolean(date.after || date.before);
      const lo = dayOf(date.earliest);
      const hi = dayOf(date.latest);
      if (date.precision === "time" && date.earliest === date.latest) {
        const cx = x(instantOf(date.earliest));
        const [r] = place(cx, cx, [cx]);
        marks.push({ entry, shape: "point", x0: cx, x1: cx, y: r, clipped: none, anchored });
      } else if (lo.getTime() === hi.getTime()) {
        // a day's points sit side by side in its band, as many as fit, then wrap
        const b0 = x(lo);
        const fit = Math.max(1, Math.floor((dayWidth - 4) / CHART.pitch));
        const step = (dayWidth - 4) / fit;
        const slots = Array.from({ length: fit }, (_, i) => b0 + 2 + step * (i + 0.5));
        const [r, cx] = place(0, 0, slots);
        marks.push({ entry, shape: "point", x0: cx, x1: cx, y: r, clipped: none, anchored });
      } else {
        const raw0 = x(lo);
        const raw1 = x(utcDay.offset(hi, 1));
        const x0 = Math.max(CHART.margin, raw0);
        const x1 = Math.min(CHART.width - CHART.margin, raw1);
        const [r] = place(x0, x1, [-1]);
        marks.push({
          entry,
          shape: "span",
          x0,
          x1,
          y: r,
          clipped: { start: raw0 < x0, end: raw1 > x1 },
          anchored,
        });
      }
    }
    const height = CHART.laneLabel + Math.max(1, rows.length) * CHART.row;
    out.push({
      key: lane.key,
      label: lane.label,
      y,
      height,
      marks: marks.map((m) => ({ ...m, y: y + CHART.laneLabel + m.y * CHART.row + CHART.row / 2 })),
    });
    y += height + CHART.laneGap;
  }
  return { width: CHART.width, height: y, ticks, days, lanes: out };
}

const none = { start: false, end: false };

/**
 * The days a chart spans: the story's period, widened to every record's earliest day and to every
 * exact date; a stretch running past its end is cut there and marked, not allowed to squash the rest.
 */
export function chartDomain(
  lanes: readonly TimelineLane[],
  period: { start: string; end: string },
): { from: string; to: string } {
  let from = period.start.slice(0, 10);
  let to = period.end.slice(0, 10);
  for (const lane of lanes)
    for (const e of lane.entries) {
      const lo = e.record.date.earliest.slice(0, 10);
      const hi = e.record.date.latest.slice(0, 10);
      if (lo < from) from = lo;
      if (lo > to) to = lo;
      if (lo === hi && hi > to) to = hi;
    }
  return { from, to };
}
