import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schemas/dataset.js";
import { realDataset } from "../test-support/data.js";
import { recordJsonLd } from "./jsonld.js";

let ds: Dataset;
const url = (ref: { kind: string; id: string }) => `https://example.test/${ref.kind}/${ref.id}`;
beforeAll(async () => {
  ds = await realDataset();
});

describe("JSON-LD", () => {
  it("describes an event as a schema.org Event with its dates, place and actors", () => {
    const node = recordJsonLd(ds, { kind: "event", id: "ev-baghdad-airport-strike" }, url);
    expect(node).toMatchObject({
      "@type": "Event",
      "@id": "https://example.test/event/ev-baghdad-airport-strike",
      startDate: "2020-01-03",
      temporalCoverage: "3 January 2020, early morning",
      location: { "@type": "Place", name: "Baghdad International Airport" },
    });
    expect(((node?.actor ?? []) as { name: string }[]).map((a) => a.name)).toContain(
      "Qasem Soleimani",
    );
  });

  it("describes a statement as a Quotation with its speaker and exact words", () => {
    const node = recordJsonLd(ds, { kind: "statement", id: "st-sadr-close-embassy" }, url);
    expect(node).toMatchObject({
      "@type": "Quotation",
      spokenByCharacter: { "@type": "Person", name: "Muqtada al-Sadr" },
    });
    expect(node?.text).toContain("called for the closure of the American embassy in Iraq");
  });

  it("leaves out what a source does not know instead of filling it in", () => {
    const node = recordJsonLd(
      ds,
      { kind: "source", id: "cosmoschronicle-parliament-resolution" },
      url,
    );
    expect(node).toMatchObject({
      "@type": "NewsArticle",
      publisher: { name: "cosmoschronicle.com" },
    });
    expect(node).not.toHaveProperty("url");
    expect(node).not.toHaveProperty("headline");
    expect(node).not.toHaveProperty("datePublished");
  });

  it("has nothing for unknown ids or kinds schema.org does not model", () => {
    expect(recordJsonLd(ds, { kind: "event", id: "nope" }, url)).toBeUndefined();
    expect(
      recordJsonLd(ds, { kind: "discrepancy", id: "disc-coalition-scope" }, url),
    ).toBeUndefined();
  });
});
