import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, looseJson, testApp } from "../test-support/app.js";
import { SOURCE, STORY } from "../test-support/fixtures.js";

const app = testApp();
const source = dataset.sources.find((s) => s.id === SOURCE);
type Segment = {
  start: number;
  end: number;
  text: string;
  annotations: { ref: { kind: string; id: string } }[];
};

describe("sources: happy", () => {
  it("gets a source's full text, verbatim", async () => {
    const { body } = await getJson<{ text: string; sha256: string }>(app, `/v1/sources/${SOURCE}`);
    expect(body.text).toBe(source?.text);
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("cuts the text into segments that give it back exactly", async () => {
    const res = await app.request(`/v1/sources/${SOURCE}/segments?format=ndjson`);
    const segments = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Segment);
    expect(segments.map((s) => s.text).join("")).toBe(source?.text);
    const annotated = segments.filter((s) => s.annotations.length > 0);
    expect(
      annotated.some((s) => s.annotations.some((a) => a.ref.id === "ev-parliament-resolution")),
    ).toBe(true);
  });

  it("pages segments like any list", async () => {
    const { body } = await getJson<{
      data: Segment[];
      page: { total: number; nextCursor: string | null };
    }>(app, `/v1/sources/${SOURCE}/segments?limit=5`);
    expect(body.data).toHaveLength(5);
    expect(body.page.total).toBeGreaterThan(5);
    expect(body.page.nextCursor).toBeTruthy();
  });

  it("lists the annotations of a source, by kind", async () => {
    const { body } = await getJson<{
      data: { start: number; end: number; ref: { kind: string } }[];
    }>(app, `/v1/sources/${SOURCE}/annotations?kind=statement&limit=100`);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((a) => a.ref.kind === "statement")).toBe(true);
    const starts = body.data.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("exports the source's annotations as W3C Web Annotations whose selectors find their words", async () => {
    const res = await app.request(`/v1/sources/${SOURCE}/web-annotations`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    );
    type Selector = { type: string; exact?: string; start?: number; end?: number };
    const body = (await looseJson(res)) as {
      type: string;
      total: number;
      first: {
        items: { target: { source: string; selector: Selector[] }; body: { source: string }[] }[];
      };
    };
    expect(body.type).toBe("AnnotationCollection");
    expect(body.total).toBe(body.first.items.length);
    const codePoints = [...(source?.text ?? "")];
    for (const item of body.first.items) {
      expect(item.target.source).toMatch(new RegExp(`/v1/sources/${SOURCE}$`));
      const [quote, position] = item.target.selector;
      expect(codePoints.slice(position?.start, position?.end).join("")).toBe(quote?.exact);
    }
    // a statement's span links to the statement in this API
    expect(
      body.first.items.some((i) => /\/v1\/statements\/st-/.test(i.body[0]?.source ?? "")),
    ).toBe(true);
  });

  it("lists a story's sources", async () => {
    const { body } = await getJson<{ data: { id: string }[] }>(app, `/v1/sources?story=${STORY}`);
    expect(body.data.map((s) => s.id).sort()).toEqual(
      [...(dataset.stories[0]?.sources ?? [])].sort(),
    );
  });

  it("describes a source as a schema.org NewsArticle with its body", async () => {
    const ld = await looseJson(
      app.request(`/v1/sources/${SOURCE}`, { headers: { Accept: "application/ld+json" } }),
    );
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.articleBody).toBe(source?.text);
  });
});

describe("sources: errors", () => {
  it("answers 404 for the web annotations of an unknown source", async () => {
    const res = await app.request("/v1/sources/no-such-source/web-annotations");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
  });

  it("answers 404 for an unknown source and its segments", async () => {
    expect((await app.request("/v1/sources/nowhere")).status).toBe(404);
    expect((await app.request("/v1/sources/nowhere/segments")).status).toBe(404);
  });

  it("refuses a language that is not a language tag", async () => {
    expect((await app.request("/v1/sources?language=english!")).status).toBe(400);
  });
});

describe("sources: security", () => {
  it("quotes source text containing commas, quotes and newlines in CSV", async () => {
    const text = await (await app.request(`/v1/sources/${SOURCE}/segments?format=csv`)).text();
    expect(text.startsWith("start,end,text,records\r\n")).toBe(true);
    // every record line begins with two offsets, however the text cells are quoted
    const body = text.slice("start,end,text,records\r\n".length);
    expect(body.length).toBeGreaterThan(source?.text.length ?? 0);
  });
});
