import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { looseJson, testApp } from "../test-support/app.js";
import { EVENT } from "../test-support/fixtures.js";

const app = testApp();

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
      headers: { "Accept-Encoding": "gzip, deflate, br" },
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

describe("headers every response carries", () => {
  it("a request id: the caller's when well formed, a fresh one otherwise", async () => {
    const own = await app.request("/healthz", { headers: { "X-Request-Id": "trace-123" } });
    expect(own.headers.get("X-Request-Id")).toBe("trace-123");
    const hostile = await app.request("/healthz", { headers: { "X-Request-Id": 'a b"<x>' } });
    expect(hostile.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await app.request("/nope", { headers: { "X-Request-Id": "trace-404" } });
    expect((await looseJson(problem)).requestId).toBe("trace-404");
  });

  it("secure headers and CORS for reads", async () => {
    const res = await app.request(`/v1/events/${EVENT}`, {
      headers: { Origin: "https://example.org" },
    });
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
  });

  it("answers a CORS preflight for GET", async () => {
    const res = await app.request("/v1/events", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("GET");
  });
});

describe("methods and routes", () => {
  it("answers HEAD like GET, without a body", async () => {
    const get = await app.request(`/v1/events/${EVENT}`);
    const head = await app.request(`/v1/events/${EVENT}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("ETag")).toBe(get.headers.get("ETag"));
  });

  it("answers 405 with Allow for writes to a resource, 404 for writes elsewhere", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const res = await app.request("/v1/events", { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
      expect((await looseJson(res)).type).toBe("/problems/method-not-allowed");
    }
    expect((await app.request("/v1/nowhere", { method: "POST" })).status).toBe(404);
  });

  it("answers an unknown route with a 404 problem pointing at the document", async () => {
    const res = await app.request("/v2/events");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect((await looseJson(res)).detail).toContain("/openapi.json");
  });
});

describe("access logs", () => {
  it("writes one JSON line per request with id, status and route", async () => {
    const lines: string[] = [];
    const logged = testApp({ log: (line) => lines.push(line) });
    await logged.request(`/v1/events/${EVENT}?expand=place`, {
      headers: { "X-Request-Id": "log-1" },
    });
    await logged.request("/v1/events/none");
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      msg: "request",
      requestId: "log-1",
      method: "GET",
      path: `/v1/events/${EVENT}`,
      query: "?expand=place",
      status: 200,
    });
    expect(second).toMatchObject({ status: 404, level: "info" });
  });
});

describe("rate limit", () => {
  it("counts down per client and answers 429 with Retry-After when spent", async () => {
    let clock = 1_000_000;
    const app = testApp({
      rateLimit: { limit: 3, windowSeconds: 60, now: () => clock },
      clientAddress: (c) => c.req.header("X-Test-Client") ?? "anon",
    });
    const hit = (client: string) =>
      app.request("/healthz", { headers: { "X-Test-Client": client } });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await hit("a")).headers.get("RateLimit-Remaining"));
    expect(remaining).toEqual(["2", "1", "0"]);
    const refused = await hit("a");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("20");
    expect(refused.headers.get("RateLimit-Policy")).toBe("3;w=60");
    expect((await looseJson(refused)).type).toBe("/problems/rate-limited");
    expect((await hit("b")).status).toBe(200);
    clock += 20_000;
    expect((await hit("a")).status).toBe(200);
    expect((await hit("a")).status).toBe(429);
  });
});

describe("problem types", () => {
  it("resolve to a description of themselves", async () => {
    const problem = await looseJson(app.request("/v1/events/none"));
    const described = await looseJson(app.request(problem.type));
    expect(described).toMatchObject({ type: problem.type, status: 404, title: problem.title });
    expect(described.description).toBeTruthy();
    expect((await app.request("/problems/constructor")).status).toBe(404);
  });
});

describe("the root", () => {
  it("links the document, the docs and every collection, each of which answers", async () => {
    const index = await looseJson(app.request("/"));
    expect(index.openapi).toBe("/openapi.json");
    for (const [name, path] of Object.entries(index.resources as Record<string, string>)) {
      const res = await app.request(name === "search" ? `${path}?q=iraq` : path);
      expect(res.status, path).toBe(200);
    }
  });
});
