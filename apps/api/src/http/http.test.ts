import { describe, expect, it } from "vitest";
import { looseJson, testApp } from "../test-support/app.js";
import { EVENT } from "../test-support/fixtures.js";

const app = testApp();

describe("headers every response carries", () => {
  it("a request id: the caller's when well formed, a fresh one otherwise", async () => {
    const own = await app.request("/healthz", { headers: { "X-Request-Id": "trace-123" } });
    expect(own.headers.get("X-Request-Id")).toBe("trace-123");
    const hostile = await app.request("/healthz", { headers: { "X-Request-Id": 'a b"<x>' } });
    const fresh = hostile.headers.get("X-Request-Id") ?? "";
    // a token a client could send back: letters, digits, - and _ only
    expect(fresh).toMatch(/^[\w-]{8,}$/);
    const another = await app.request("/healthz", { headers: { "X-Request-Id": 'a b"<x>' } });
    expect(another.headers.get("X-Request-Id")).not.toBe(fresh);
    const problem = await app.request("/nope", { headers: { "X-Request-Id": "trace-404" } });
    expect((await looseJson(problem)).requestId).toBe("trace-404");
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
