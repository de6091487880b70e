import { describe, expect, it, vi } from "vitest";
import { STATEMENT_EXPAND } from "../routes/statements.js";
import { testApp } from "../test-support/app.js";

// every body a route sends through c.json, beside JSON.stringify of the object the route gave it
const sent: { text: string; expected: string | undefined }[] = [];
vi.mock("./json-bytes.js", async (original) => {
  const real = await original<typeof import("./json-bytes.js")>();
  return {
    ...real,
    jsonBody: (encode: (value: unknown) => Uint8Array<ArrayBuffer>) =>
      real.jsonBody((value) => {
        const bytes = encode(value);
        sent.push({ text: new TextDecoder().decode(bytes), expected: JSON.stringify(value) });
        return bytes;
      }),
  };
});

describe("every route's JSON, from the records' kept bytes", () => {
  it("is JSON.stringify's, record by record, expanded or not, first time and again", async () => {
    const app = testApp({ responseCache: false });
    const ds = app.store.dataset;
    const expand = {
      events: "place,participants,claims,statements,said",
      statements: STATEMENT_EXPAND.join(","),
      actors: "memberOf,members",
      places: "within",
      stories: "sources",
      sources: "",
    };
    const paths: string[] = ["/healthz", "/v1/event-types", "/v1/search?q=the&limit=100"];
    for (const [kind, all] of Object.entries(expand)) {
      paths.push(`/v1/${kind}?limit=100`);
      if (all) paths.push(`/v1/${kind}?limit=100&expand=${all}`);
      for (const record of ds[kind as keyof typeof expand]) {
        paths.push(`/v1/${kind}/${record.id}`);
        if (all) paths.push(`/v1/${kind}/${record.id}?expand=${all}`);
      }
    }
    for (const story of ds.stories)
      paths.push(
        `/v1/stories/${story.id}/timeline?limit=100`,
        `/v1/stories/${story.id}/comparison`,
      );
    for (const source of ds.sources)
      paths.push(`/v1/sources/${source.id}/annotations`, `/v1/sources/${source.id}/segments`);
    for (const actor of ds.actors)
      paths.push(`/v1/actors/${actor.id}/statements`, `/v1/actors/${actor.id}/events`);

    for (let round = 0; round < 2; round++)
      for (const path of paths) {
        const before = sent.length;
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        expect(sent.length, path).toBe(before + 1);
        const last = sent.at(-1);
        expect(last?.text, path).toBe(last?.expected);
        expect(await res.text(), path).toBe(last?.text);
      }
    expect(app.recordJson().records).toBeGreaterThan(ds.statements.length);
  });
});
