import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, testApp } from "../test-support/app.js";
import { OTHER_SOURCE, SOURCE, STORY } from "../test-support/fixtures.js";

const app = testApp();
type Entry = { kind: "event" | "statement"; record: { id: string; date: { value: string } } };

describe("stories: happy", () => {
  it("lists stories and gets one with its sources expanded", async () => {
    const list = await getJson<{ data: { id: string }[] }>(app, "/v1/stories");
    expect(list.body.data.map((s) => s.id)).toEqual([STORY]);
    const one = await getJson<{ expanded: { sources: { id: string; text: string }[] } }>(
      app,
      `/v1/stories/${STORY}?expand=sources`,
    );
    expect(one.body.expanded.sources.map((s) => s.id).sort()).toEqual(
      [OTHER_SOURCE, SOURCE].sort(),
    );
  });

  it("gives the timeline: events and statements in one date order, events first on a day", async () => {
    const { body } = await getJson<{ data: Entry[]; page: { total: number } }>(
      app,
      `/v1/stories/${STORY}/timeline?limit=100`,
    );
    expect(body.page.total).toBe(dataset.events.length + dataset.statements.length);
    expect(body.data[0]?.record.id).toBe("ev-us-strikes-al-qaim");
    const kinds = body.data.map((e) => e.kind);
    expect(kinds).toContain("statement");
  });

  it("narrows the timeline to statements doing an act", async () => {
    const { body } = await getJson<{ data: Entry[] }>(
      app,
      `/v1/stories/${STORY}/timeline?act=demand`,
    );
    expect(body.data.length).toBe(4);
    expect(body.data.every((e) => e.kind === "statement")).toBe(true);
  });

  it("compares the story's two sources: shared, only-in, framings, discrepancies", async () => {
    const { body } = await getJson<{
      sources: { id: string }[];
      rows: unknown[];
      shared: unknown[];
      onlyIn: Record<string, unknown[]>;
      framings: unknown[];
      discrepancies: unknown[];
    }>(app, `/v1/stories/${STORY}/comparison?sources=${SOURCE},${OTHER_SOURCE}`);
    expect(body.sources.map((s) => s.id)).toEqual([SOURCE, OTHER_SOURCE]);
    expect(body.shared.length).toBeGreaterThan(0);
    expect(Object.keys(body.onlyIn).sort()).toEqual([OTHER_SOURCE, SOURCE].sort());
    expect(body.rows.length).toBe(
      body.shared.length +
        (body.onlyIn[SOURCE]?.length ?? 0) +
        (body.onlyIn[OTHER_SOURCE]?.length ?? 0),
    );
    expect(body.discrepancies.length).toBe(dataset.discrepancies.length);
  });

  it("exports the timeline as CSV", async () => {
    const text = await (
      await app.request(`/v1/stories/${STORY}/timeline`, { headers: { Accept: "text/csv" } })
    ).text();
    expect(text.split("\r\n")[0]).toBe("kind,id,date,date_label,type,speaker,text");
  });
});

describe("stories: errors", () => {
  it("answers 404 for an unknown story and its timeline", async () => {
    expect((await app.request("/v1/stories/no-such-story")).status).toBe(404);
    expect((await app.request("/v1/stories/no-such-story/timeline")).status).toBe(404);
  });

  it("refuses to compare a source from outside the story, or a single one", async () => {
    const foreign = await getJson<{ errors: { parameter: string }[] }>(
      app,
      `/v1/stories/${STORY}/comparison?sources=${SOURCE},elsewhere`,
    );
    expect(foreign.res.status).toBe(400);
    expect(foreign.body.errors[0]?.parameter).toBe("sources");
    expect((await app.request(`/v1/stories/${STORY}/comparison?sources=${SOURCE}`)).status).toBe(
      400,
    );
  });
});

describe("stories: security", () => {
  it("keeps a huge comparison list from doing harm", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => `s${i}`).join(",");
    const res = await app.request(`/v1/stories/${STORY}/comparison?sources=${many}`);
    expect(res.status).toBe(400);
  });
});
