import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { measureStory } from "./first-story.js";

const data = fileURLToPath(new URL("../../../../data", import.meta.url));

// floors a little under today's scores (see BENCHMARKS.md): a change that makes suggestions worse fails
describe("suggestions against the curated first story", () => {
  it("finds the curated evidence with the right speaker", async () => {
    const m = await measureStory(data);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.actAccuracy).toBeGreaterThanOrEqual(0.35);
    expect(m.quotationAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(m.attributionAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("still names most speakers from the actors' names alone, without curated aliases", async () => {
    const m = await measureStory(data, undefined, { aliases: false });
    expect(m.recall).toBeGreaterThanOrEqual(0.85);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.5);
  });
});
