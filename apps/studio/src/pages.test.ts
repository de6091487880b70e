import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORY, studio } from "./test-support/studio.js";

let s: Awaited<ReturnType<typeof studio>>;
beforeEach(async () => {
  s = await studio();
});
afterEach(() => s.remove());

describe("a source's page", () => {
  it("marks every curated quote in the text, with the records it grounds", async () => {
    const html = await (await s.get(`/stories/${STORY}/sources/tellerreport-2020-01-05`)).text();
    expect(html).toMatch(
      /<mark data-start="\d+" data-records="st-sadr-close-embassy"[^>]*>called for the closure of the American embassy in Iraq<\/mark>/,
    );
    // every suggestion the curated records already cover is left out of the list
    expect(html).toContain("Suggestions (0)");
  });

  it("names the actor behind a misspelt name, and lists suggestions not yet recorded", async () => {
    const teller = await (await s.get(`/stories/${STORY}/sources/tellerreport-2020-01-05`)).text();
    expect(teller).toMatch(/Matthew Tooler <small>\(person\)<\/small> → matthew-tueller/);
    const dir = join(s.dataDir, "stories", STORY, "sources");
    await writeFile(join(dir, "extra.txt"), "Al-Sadr warned that the vote changed nothing.\n");
    await writeFile(join(dir, "extra.yaml"), "language: en\ntext: extra.txt\n");
    const extra = await (await s.get(`/stories/${STORY}/sources/extra`)).text();
    expect(extra).toMatch(/<strong>warning<\/strong> · Al-Sadr/);
  });

  it("shows the story's sources, the data check's verdict and no page for unknown ids", async () => {
    const html = await (await s.get(`/stories/${STORY}`)).text();
    expect(html).toContain("The data check passes.");
    expect(html).toContain(`/stories/${STORY}/sources/cosmoschronicle-parliament-resolution`);
    expect((await s.get(`/stories/${STORY}/sources/nope`)).status).toBe(404);
    expect((await s.get("/stories/nope")).status).toBe(404);
  });
});
