import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import { realDataset } from "../test-support/data.js";
import { compareSources } from "./compare.js";
import { timeline } from "./filters.js";
import { getRecord } from "./lookup.js";
import { coverageMatrix, timelineLanes } from "./matrix.js";

let ds: Dataset;
beforeAll(async () => {
  ds = await realDataset();
});

const storyOf = () => {
  const story = ds.stories.find((s) => s.sources.length >= 2);
  if (!story) throw new Error("no story with two sources");
  return story;
};

describe("coverageMatrix", () => {
  it("has a row per record any source carries, a cell per source, in chronological order", () => {
    const story = storyOf();
    const matrix = coverageMatrix(ds, story.sources);
    const cmp = compareSources(ds, story.sources);
    expect(matrix.sources).toEqual(story.sources);
    expect(matrix.rows.map((r) => r.ref.id).sort()).toEqual(cmp.rows.map((r) => r.ref.id).sort());
    const orders = matrix.rows.map((r) =>
      r.ref.kind === "event" || r.ref.kind === "statement"
        ? (getRecord(ds, r.ref.kind, r.ref.id)?.date.order ?? -1)
        : -1,
    );
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const row of matrix.rows) {
      expect(row.cells.map((c) => c.source)).toEqual(story.sources);
      for (const cell of row.cells) expect(cell.how === null).toBe(cell.evidence === 0);
    }
  });

  it("marks both sides of a discrepancy on the record it is about, a silent side included", () => {
    const story = storyOf();
    const matrix = coverageMatrix(ds, story.sources);
    const disputed = ds.discrepancies.filter(
      (d) =>
        d.story === story.id &&
        sourceSides(d).length >= 2 &&
        sourceSides(d).every((s) => story.sources.includes(s.source)),
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const d of disputed)
      for (const ref of d.about.filter((r) => r.kind === "event" || r.kind === "statement")) {
        const row = matrix.rows.find((r) => r.ref.kind === ref.kind && r.ref.id === ref.id);
        if (!row) continue; // about a record none of these sources carries
        for (const side of sourceSides(d)) {
          const cell = row.cells.find((c) => c.source === side.source);
          expect(
            cell?.disagreements.map((x) => x.id),
            `${d.id} ${side.source}`,
          ).toContain(d.id);
        }
      }
    const silent = disputed.find(
      (d) => d.kind === "omission" && sourceSides(d).some((s) => s.evidence.length === 0),
    );
    if (silent) {
      const side = sourceSides(silent).find((s) => s.evidence.length === 0);
      const cells = matrix.rows
        .flatMap((r) => r.cells)
        .filter(
          (c) => c.source === side?.source && c.disagreements.some((x) => x.id === silent.id),
        );
      expect(cells.some((c) => c.evidence === 0)).toBe(true);
    }
  });

  it("keeps only the asked sources' columns, and no row neither of them carries", () => {
    const story = storyOf();
    const one = story.sources[0] as string;
    const matrix = coverageMatrix(ds, [one]);
    expect(matrix.sources).toEqual([one]);
    expect(matrix.rows.every((r) => (r.cells[0]?.evidence ?? 0) > 0)).toBe(true);
  });
});

describe("timelineLanes", () => {
  it("by kind: events then statements, every entry once, in order", () => {
    const entries = timeline(ds, { story: storyOf().id });
    const lanes = timelineLanes(ds, entries, "kind");
    expect(lanes.map((l) => l.key)).toEqual(["event", "statement"]);
    for (const l of lanes) expect(l.entries.every((e) => e.kind === l.key)).toBe(true);
    expect(lanes.flatMap((l) => l.entries).length).toBe(entries.length);
  });

  it("by speaker: each statement in its speaker's lane, the unattributed last", () => {
    const entries = timeline(ds, { story: storyOf().id });
    const lanes = timelineLanes(ds, entries, "speaker");
    expect(lanes[0]?.key).toBe("event");
    expect(lanes.flatMap((l) => l.entries).length).toBe(entries.length);
    for (const l of lanes.slice(1))
      for (const e of l.entries)
        expect(e.kind === "statement" ? (e.record.speaker ?? "unattributed") : "event").toBe(l.key);
    if (entries.some((e) => e.kind === "statement" && !e.record.speaker))
      expect(lanes.at(-1)?.key).toBe("unattributed");
  });
});
