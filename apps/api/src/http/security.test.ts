import { describe, expect, it } from "vitest";
import { testApp } from "../test-support/app.js";
import { EVENT } from "../test-support/fixtures.js";

const app = testApp();

describe("CORS behind shared caches", () => {
  // a cache may store a response fetched without Origin and hand it to a browser that sent one
  it("sends the same CORS headers whether or not the request has an Origin", async () => {
    for (const path of [`/v1/events/${EVENT}`, "/v1/events?limit=2", "/v1/events/none", "/nope"]) {
      const bare = await app.request(path);
      const cross = await app.request(path, { headers: { Origin: "https://example.org" } });
      expect(bare.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect(bare.headers.get("Access-Control-Expose-Headers"), path).toContain("ETag");
      expect(cross.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect(bare.headers.get("Vary")).toBe(cross.headers.get("Vary"));
    }
  });

  it("sends them on a 304 too", async () => {
    const first = await app.request(`/v1/events/${EVENT}`);
    const again = await app.request(`/v1/events/${EVENT}`, {
      headers: { "If-None-Match": first.headers.get("ETag") ?? "" },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("answers a preflight for GET", async () => {
    const res = await app.request("/v1/events", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("GET");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });
});

describe("content security policy", () => {
  it("forbids every kind of content on data responses", async () => {
    for (const path of [`/v1/events/${EVENT}`, "/openapi.json", "/v1/events/none", "/"]) {
      const csp = (await app.request(path)).headers.get("Content-Security-Policy") ?? "";
      expect(csp, path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("lets the docs page run Scalar's script and styles, and nothing else does", async () => {
    const csp = (await app.request("/docs")).headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends the other security headers everywhere", async () => {
    const res = await app.request(`/v1/events/${EVENT}`);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
  });
});
