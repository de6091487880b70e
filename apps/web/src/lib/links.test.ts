import { compareSources, type Dataset } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { dataset } from "./data";
import { anchorId, recordHref, sourceHref } from "./links";

describe("anchorId", () => {
  it("keeps ids that already carry their kind's prefix and prefixes the rest", () => {
    expect(anchorId({ kind: "event", id: "ev-baghdad-airport-strike" })).toBe(
      "ev-baghdad-airport-strike",
    );
    expect(anchorId({ kind: "actor", id: "muqtada-al-sadr" })).toBe("ac-muqtada-al-sadr");
  });

  it("builds a link that lands on a record's words in a source", () => {
    expect(sourceHref("tellerreport-2020-01-05", { kind: "statement", id: "st-x" })).toBe(
      "/sources/tellerreport-2020-01-05#st-x",
    );
  });
});

describe("a discrepancy's link", () => {
  const shownOnCompare = (ds: Dataset, id: string) => {
    const d = ds.discrepancies.find((x) => x.id === id);
    const story = ds.stories.find((s) => s.id === d?.story);
    return Boolean(
      story &&
        story.sources.length > 1 &&
        compareSources(ds, story.sources).discrepancies.some((x) => x.id === id),
    );
  };

  it("opens it on the story's compare page when that page shows it, else on the story page", () => {
    expect(dataset.discrepancies.length).toBeGreaterThan(0);
    for (const d of dataset.discrepancies) {
      const href = recordHref(dataset, { kind: "discrepancy", id: d.id });
      const anchor = anchorId({ kind: "discrepancy", id: d.id });
      expect(href).toBe(
        shownOnCompare(dataset, d.id)
          ? `/stories/${d.story}/compare?open=${d.id}#${anchor}`
          : `/stories/${d.story}#${anchor}`,
      );
    }
  });

  it("stays on the story page for a disagreement with the record outside the sources alone", () => {
    const [d] = dataset.discrepancies;
    if (!d) throw new Error("the dataset has no discrepancy");
    const contextOnly = {
      ...dataset,
      discrepancies: [{ ...d, sides: [{ context: "ctx-none", says: "otherwise" }] }],
    } as unknown as Dataset;
    expect(recordHref(contextOnly, { kind: "discrepancy", id: d.id })).toBe(
      `/stories/${d.story}#${anchorId({ kind: "discrepancy", id: d.id })}`,
    );
  });
});
