import { describe, expect, it } from "vitest";
import { WebAnnotationCollectionSchema } from "../schemas/web-annotation.js";
import { realDataset } from "../test-support/data.js";
import { formatDate } from "./dates.js";
import { webAnnotations } from "./web-annotation.js";

const url = (ref: { kind: string; id: string }) =>
  `https://dossier.example/${ref.kind === "discrepancy" ? "discrepancies" : `${ref.kind}s`}/${ref.id}`;

describe("W3C Web Annotation export", () => {
  it("gives every source's spans with selectors whose exact words stand at their code points", async () => {
    const ds = await realDataset();
    for (const source of ds.sources) {
      const collection = webAnnotations(ds, source.id, { url });
      if (!collection) throw new Error(`no annotations for ${source.id}`);
      expect(WebAnnotationCollectionSchema.safeParse(collection).success).toBe(true);
      expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(collection.type).toBe("AnnotationCollection");
      const items = collection.first.items;
      expect(collection.total).toBe(items.length);
      expect(items.length).toBeGreaterThan(20);
      const codePoints = [...source.text];
      for (const annotation of items) {
        expect(annotation.target.source).toBe(`https://dossier.example/sources/${source.id}`);
        const [quote, position] = annotation.target.selector;
        if (quote?.type !== "TextQuoteSelector" || position?.type !== "TextPositionSelector")
          throw new Error("selectors out of order");
        expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
        const before = codePoints.slice(0, position.start).join("");
        const after = codePoints.slice(position.end).join("");
        expect(before.endsWith(quote.prefix)).toBe(true);
        expect(after.startsWith(quote.suffix)).toBe(true);
        const [record] = annotation.body;
        if (record?.type !== "SpecificResource") throw new Error("the record comes first");
        expect(record.source).toMatch(/^https:\/\/dossier\.example\/[a-z]+\/[a-z0-9-]+$/);
      }
    }
  });

  it("knows no annotations of a source that does not exist", async () => {
    expect(webAnnotations(await realDataset(), "no-such-source", { url })).toBeUndefined();
  });
});

describe("dates as readers see them", () => {
  it("reads a date narrowed by its anchors as a range, and a plain one as itself", async () => {
    const ds = await realDataset();
    const iran = ds.statements.find((s) => s.speaker === "iran");
    if (!iran) throw new Error("no statement by Iran");
    expect(formatDate(iran.date)).toBe("3–5 Jan 2020");
    expect(iran.date.edtf).toBe("2020-01-03/2020-01-05");
    const strike = ds.events.find((e) => e.id === "ev-baghdad-airport-strike");
    expect(strike && formatDate(strike.date)).toBe("3 Jan 2020, early morning");
  });
});
