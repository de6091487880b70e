import { timeline, timelineLanes } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { CHART, chartDomain, layoutChart } from "./chart";
import { dataset } from "./data";

const story = dataset.stories[0];
if (!story) throw new Error("the dataset has no story");
const lanes = timelineLanes(dataset, timeline(dataset, { story: story.id }), "kind");
const { from, to } = chartDomain(lanes, story.period);
const layout = layoutChart(lanes, from, to);
const marks = layout.lanes.flatMap((l) => l.marks);
const dayX = (iso: string) => {
  const d = layout.days[Math.round((Date.parse(iso.slice(0, 10)) - Date.parse(from)) / 864e5)];
  if (!d) throw new Error(`${iso} is off the chart`);
  return d;
};

describe("layoutChart", () => {
  it("draws every record once, in the lane of its kind", () => {
    expect(marks.length).toBe(lanes.reduce((n, l) => n + l.entries.length, 0));
    for (const lane of layout.lanes)
      for (const m of lane.marks) expect(m.entry.kind).toBe(lane.key);
  });

  it("draws a day as a point inside that day, and a stretch as a span over it", () => {
    for (const m of marks) {
      const { earliest, latest } = m.entry.record.date;
      if (earliest.slice(0, 10) === latest.slice(0, 10)) {
        expect(m.shape, m.entry.record.id).toBe("point");
        const band = dayX(earliest);
        expect(m.x0).toBeGreaterThanOrEqual(band.x0);
        expect(m.x0).toBeLessThanOrEqual(band.x1);
      } else {
        expect(m.shape, m.entry.record.id).toBe("span");
        expect(m.x0).toBeCloseTo(dayX(earliest).x0);
        if (latest.slice(0, 10) <= to) expect(m.x1).toBeCloseTo(dayX(latest).x1);
        else expect(m.clipped.end).toBe(true);
      }
    }
    expect(marks.some((m) => m.shape === "span")).toBe(true);
    expect(marks.some((m) => m.shape === "point")).toBe(true);
  });

  it("marks a date bounded by its anchors, and starts it no earlier than its anchor", () => {
    const anchored = marks.filter((m) => m.anchored);
    expect(anchored.length).toBeGreaterThan(0);
    for (const m of anchored) {
      const after = m.entry.record.date.after;
      if (!after || !("record" in after)) continue;
      const anchor = marks.find((a) => a.entry.record.id === after.record);
      if (anchor) expect(m.x0).toBeGreaterThanOrEqual(dayX(anchor.entry.record.date.earliest).x0);
    }
  });

  it("never lets two marks in a row touch, and keeps a day's points in order", () => {
    for (const lane of layout.lanes) {
      const byRow = new Map<number, typeof lane.marks>();
      for (const m of lane.marks) byRow.set(m.y, [...(byRow.get(m.y) ?? []), m]);
      for (const row of byRow.values()) {
        const sorted = [...row].sort((a, b) => a.x0 - b.x0);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1];
          const b = sorted[i];
          if (!a || !b) continue;
          const aEnd = a.shape === "point" ? a.x0 + CHART.radius : a.x1;
          const bStart = b.shape === "point" ? b.x0 - CHART.radius : b.x0;
          expect(bStart, `${a.entry.record.id} / ${b.entry.record.id}`).toBeGreaterThan(aEnd);
          if (
            a.shape === "point" &&
            b.shape === "point" &&
            a.entry.record.date.earliest === b.entry.record.date.earliest
          )
            expect(a.entry.record.date.order).toBeLessThan(b.entry.record.date.order);
        }
      }
    }
  });

  it("spans the story's period and every record's earliest day", () => {
    expect(from <= story.period.start && to >= story.period.end).toBe(true);
    for (const m of marks) expect(m.entry.record.date.earliest.slice(0, 10) >= from).toBe(true);
  });
});
