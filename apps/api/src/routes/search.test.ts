import { describe, expect, it } from "vitest";
import { getJson, testApp } from "../test-support/app.js";
import { STORY } from "../test-support/fixtures.js";

const app = testApp();
type Hit = { ref: { kind: string; id: string }; score: number; snippet: string };

describe("search: happy", () => {
  it("ranks records of every kind, best first", async () => {
    const { body } = await getJson<{ data: Hit[]; page: { total: number } }>(
      app,
      "/v1/search?q=Soleimani",
    );
    expect(body.data[0]?.ref).toEqual({ kind: "actor", id: "qasem-soleimani" });
    const scores = body.data.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(body.data.map((h) => h.ref.kind)).size).toBeGreaterThan(1);
  });

  it("forgives a small typo and narrows by kind and story", async () => {
    const { body } = await getJson<{ data: Hit[] }>(
      app,
      `/v1/search?q=parliment&kind=event&story=${STORY}`,
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((h) => h.ref.kind === "event")).toBe(true);
  });

  it("pages through the hits by cursor as one long page lists them", async () => {
    type HitPage = { data: Hit[]; page: { total: number; next: string | null } };
    const { body: whole } = await getJson<HitPage>(app, "/v1/search?q=the&limit=100");
    expect(whole.page.total).toBeGreaterThan(7);
    const walked: Hit[] = [];
    let next: string | null = "/v1/search?q=the&limit=3";
    while (next && walked.length < whole.data.length) {
      const { body }: { body: HitPage } = await getJson<HitPage>(app, next);
      expect(body.page.total).toBe(whole.page.total);
      walked.push(...body.data);
      next = body.page.next;
    }
    expect(walked.slice(0, whole.data.length)).toEqual(whole.data);
  });

  it("answers an empty page when nothing matches", async () => {
    const { body } = await getJson<{ data: Hit[]; page: { total: number; nextCursor: null } }>(
      app,
      "/v1/search?q=zzzzqqqq",
    );
    expect(body.data).toEqual([]);
    expect(body.page).toMatchObject({ total: 0, nextCursor: null });
  });
});

describe("search: errors", () => {
  it("needs a query", async () => {
    const { res, body } = await getJson<{ errors: { parameter: string }[] }>(app, "/v1/search");
    expect(res.status).toBe(400);
    expect(body.errors[0]?.parameter).toBe("q");
    expect((await app.request("/v1/search?q=%20%20")).status).toBe(400);
  });
});

describe("search: security", () => {
  it("treats regex and query syntax as plain words", async () => {
    for (const q of [".*", "(a+)+$", "name:*", "\\", "%00"]) {
      const res = await app.request(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });
});
