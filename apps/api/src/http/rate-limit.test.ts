import { describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { looseJson, testApp } from "../test-support/app.js";

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

describe("rate limit defaults", () => {
  // embedded on an edge runtime without clientAddress, every client would share one bucket
  it("an embedded app that cannot tell clients apart does not throttle them together", async () => {
    const embedded = createApp(undefined, { log: false });
    const answers = new Set<number>();
    for (let i = 0; i < 301; i++) answers.add((await embedded.request("/healthz")).status);
    expect([...answers]).toEqual([200]);
    expect((await embedded.request("/healthz")).headers.get("RateLimit-Policy")).toBeNull();
  });

  it("limits by default once it is told who the client is", async () => {
    const app = createApp(undefined, { log: false, clientAddress: () => "10.0.0.1" });
    const res = await app.request("/healthz");
    expect(res.headers.get("RateLimit-Policy")).toBe("300;w=60");
  });

  it("refuses a rate limit it cannot apply per client", () => {
    expect(() => createApp(undefined, { rateLimit: { limit: 5, windowSeconds: 60 } })).toThrow(
      /clientAddress/,
    );
  });
});

describe("rate limit: many clients", () => {
  it("forgets the client seen least recently when full, not an active one", async () => {
    const app = testApp({
      rateLimit: { limit: 3, windowSeconds: 60, now: () => 0, maxClients: 2 },
      clientAddress: (c) => c.req.header("X-Test-Client") ?? "anon",
    });
    const remaining = async (client: string) =>
      (await app.request("/healthz", { headers: { "X-Test-Client": client } })).headers.get(
        "RateLimit-Remaining",
      );
    expect(await remaining("a")).toBe("2");
    expect(await remaining("b")).toBe("2");
    expect(await remaining("a")).toBe("1");
    // a third client pushes out b, seen longest ago; a keeps what it has spent
    expect(await remaining("c")).toBe("2");
    expect(await remaining("a")).toBe("0");
    expect(await remaining("b")).toBe("2");
  });
});
