import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { looseJson, testApp } from "../test-support/app.js";
import { EVENT } from "../test-support/fixtures.js";

const app = testApp();
const gzip = { "Accept-Encoding": "gzip, deflate, br" };

describe("caching", () => {
  it("tags a record with a strong ETag and answers 304 when it still matches", async () => {
    const first = await app.request(`/v1/events/${EVENT}`);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    expect(first.headers.get("Cache-Control")).toContain("max-age");
    const again = await app.request(`/v1/events/${EVENT}`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    const weak = await app.request(`/v1/events/${EVENT}`, {
      headers: { "If-None-Match": `"other", W/${etag}` },
    });
    expect(weak.status).toBe(304);
  });

  it("gives each representation its own tag", async () => {
    const tag = async (init: RequestInit, path = "/v1/events") =>
      (await app.request(path, init)).headers.get("ETag");
    const json = await tag({});
    expect(await tag({ headers: { Accept: "text/csv" } })).not.toBe(json);
    expect(await tag({}, "/v1/events?limit=3")).not.toBe(json);
    expect(await tag({})).toBe(json);
  });

  it("answers 200 with the body when the tag is stale", async () => {
    const res = await app.request(`/v1/events/${EVENT}`, {
      headers: { "If-None-Match": '"stale"' },
    });
    expect(res.status).toBe(200);
    expect((await looseJson(res)).id).toBe(EVENT);
  });

  it("never caches errors", async () => {
    const res = await app.request("/v1/events/nothing-here");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("ETag")).toBeNull();
  });
});

describe("compression", () => {
  it("gzips when asked, keeping the tag strong and naming the coding in it", async () => {
    const plain = await app.request("/v1/events?limit=100");
    const zipped = await app.request("/v1/events?limit=100", {
      headers: gzip,
    });
    expect(zipped.headers.get("Content-Encoding")).toBe("gzip");
    expect(zipped.headers.get("Vary")).toContain("Accept-Encoding");
    expect(zipped.headers.get("ETag")).toBe(`${plain.headers.get("ETag")?.slice(0, -1)}-gzip"`);
    const body = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8");
    expect(body).toBe(await plain.text());
    const revalidated = await app.request("/v1/events?limit=100", {
      headers: { "Accept-Encoding": "gzip", "If-None-Match": zipped.headers.get("ETag") ?? "" },
    });
    expect(revalidated.status).toBe(304);
  });

  it("sends identity when the client accepts no coding it knows", async () => {
    const res = await app.request("/v1/events", {
      headers: { "Accept-Encoding": "br;q=1, gzip;q=0" },
    });
    expect(res.headers.get("Content-Encoding")).toBeNull();
  });
});

describe("revalidating a compressed representation", () => {
  // RFC 9110 13.1.1: a 304 carries the entity tag the 200 would have
  it("answers a gzip client's revalidation with the tag of its gzip copy", async () => {
    for (const path of [`/v1/events/${EVENT}`, "/v1/events?limit=100", "/openapi.json"]) {
      const first = await app.request(path, { headers: gzip });
      expect(first.headers.get("Content-Encoding"), path).toBe("gzip");
      const etag = first.headers.get("ETag") ?? "";
      expect(etag, path).toMatch(/-gzip"$/);
      const again = await app.request(path, { headers: { ...gzip, "If-None-Match": etag } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("ETag"), path).toBe(etag);
    }
  });

  it("does not take the identity tag for the gzip copy, nor the other way round", async () => {
    const identity = (await app.request(`/v1/events/${EVENT}`)).headers.get("ETag") ?? "";
    const zipped = await app.request(`/v1/events/${EVENT}`, {
      headers: { ...gzip, "If-None-Match": identity },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("ETag")).not.toBe(identity);
  });

  it("answers HEAD with the headers GET would send", async () => {
    const get = await app.request(`/v1/events/${EVENT}`, { headers: gzip });
    const head = await app.request(`/v1/events/${EVENT}`, { method: "HEAD", headers: gzip });
    expect(head.headers.get("ETag")).toBe(get.headers.get("ETag"));
    expect(head.headers.get("Content-Encoding")).toBe("gzip");
    expect(await head.text()).toBe("");
  });
});

describe("Cache-Control: no-transform", () => {
  const untouched = testApp({ cacheControl: "public, max-age=300, no-transform" });

  it("leaves the body as it is and tags it as such, on the 200 and the 304", async () => {
    const first = await untouched.request(`/v1/events/${EVENT}`, { headers: gzip });
    expect(first.headers.get("Cache-Control")).toContain("no-transform");
    expect(first.headers.get("Content-Encoding")).toBeNull();
    expect((await looseJson(first)).id).toBe(EVENT);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).not.toMatch(/-gzip"$/);
    const again = await untouched.request(`/v1/events/${EVENT}`, {
      headers: { ...gzip, "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
  });
});
