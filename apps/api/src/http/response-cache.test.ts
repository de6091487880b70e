import { filterStatements } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { looseJson, testApp } from "../test-support/app.js";
import { EVENT, SOURCE, STORY } from "../test-support/fixtures.js";
import { cacheKey } from "./response-cache.js";

const uncached = testApp({ responseCache: false });
const speaker = filterStatements(uncached.store.dataset).find((s) => s.speaker)?.speaker ?? "";

// one of each kind of response: a record, its JSON-LD, filtered lists, an export page, a search
const PATHS = [
  `/v1/events/${EVENT}`,
  `/v1/statements?speaker=${speaker}&limit=5`,
  `/v1/stories/${STORY}/timeline?limit=3`,
  `/v1/sources/${SOURCE}/segments?limit=4`,
  "/v1/actors?format=csv&limit=3",
  `/v1/search?q=${encodeURIComponent(speaker.split("-")[0] ?? "")}`,
  "/openapi.json",
];
const VARIANTS: Record<string, string>[] = [
  {},
  { "Accept-Encoding": "gzip" },
  { Accept: "application/ld+json" },
  { "Accept-Encoding": "deflate", Accept: "application/json" },
];

/** a response as a client sees it: status, every header, the body's bytes */
async function seen(res: Response) {
  return {
    status: res.status,
    headers: [...res.headers],
    body: Buffer.from(await res.arrayBuffer()).toString("base64"),
  };
}

describe("the response cache", () => {
  it("replays byte for byte what an uncached app sends, headers included", async () => {
    const cached = testApp();
    let ok = 0;
    for (const path of PATHS) {
      for (const variant of VARIANTS) {
        const headers = { ...variant, "X-Request-Id": "same-id" };
        const expected = await seen(await uncached.request(path, { headers }));
        // a list asked for as JSON-LD is a 406, answered afresh each time
        if (expected.status === 200) ok++;
        // the first is not kept, the second is kept, the third is a hit
        for (let i = 0; i < 3; i++) {
          const got = await seen(await cached.request(path, { headers }));
          expect(got, `${i} ${path} ${JSON.stringify(variant)}`).toEqual(expected);
        }
      }
    }
    expect(ok).toBeGreaterThan(PATHS.length);
    expect(cached.responseCache?.().hits).toBe(ok);
  });

  it("answers a revalidation from the cache with the same 304 as without it", async () => {
    const cached = testApp();
    for (const path of PATHS) {
      for (const variant of VARIANTS) {
        const first = await cached.request(path, { headers: variant });
        if (first.status !== 200) continue;
        await cached.request(path, { headers: variant });
        const etag = first.headers.get("ETag") ?? "";
        expect(etag, path).not.toBe("");
        const headers = { ...variant, "If-None-Match": etag, "X-Request-Id": "same-id" };
        const expected = await seen(await uncached.request(path, { headers }));
        expect(expected.status, path).toBe(304);
        expect(await seen(await cached.request(path, { headers })), path).toEqual(expected);
        const stale = await cached.request(path, {
          headers: { ...variant, "If-None-Match": '"stale"' },
        });
        expect(stale.status, path).toBe(200);
      }
    }
  });

  it("answers HEAD from the cache with GET's headers and no body", async () => {
    const cached = testApp();
    const path = `/v1/events/${EVENT}`;
    const headers = { "Accept-Encoding": "gzip", "X-Request-Id": "same-id" };
    const expected = await seen(await uncached.request(path, { method: "HEAD", headers }));
    for (let i = 0; i < 2; i++) await cached.request(path, { method: "HEAD", headers });
    const head = await seen(await cached.request(path, { method: "HEAD", headers }));
    expect(head).toEqual(expected);
    expect(head.body).toBe("");
  });

  it("gives every hit its own request id", async () => {
    const cached = testApp();
    const path = `/v1/events/${EVENT}`;
    await cached.request(path);
    const ids = new Set<string | null>();
    for (let i = 0; i < 3; i++) ids.add((await cached.request(path)).headers.get("X-Request-Id"));
    expect(ids.size).toBe(3);
  });

  it("still counts hits against the rate limit", async () => {
    const limited = testApp({
      rateLimit: { limit: 3, windowSeconds: 60, now: () => 0 },
      clientAddress: () => "10.0.0.1",
    });
    const path = `/v1/events/${EVENT}`;
    const answers: [number, string | null][] = [];
    for (let i = 0; i < 4; i++) {
      const res = await limited.request(path);
      answers.push([res.status, res.headers.get("RateLimit-Remaining")]);
    }
    expect(answers).toEqual([
      [200, "2"],
      [200, "1"],
      [200, "0"],
      [429, "0"],
    ]);
    // the first two went through the app (the second to be kept), the third was a hit
    expect(limited.responseCache?.().hits).toBe(1);
  });

  it("logs every hit as it logs a miss", async () => {
    const lines: string[] = [];
    const logged = testApp({ log: (line) => lines.push(line) });
    const path = `/v1/events/${EVENT}?format=jsonld`;
    for (let i = 0; i < 3; i++) await logged.request(path, { headers: { "User-Agent": "probe" } });
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries).toHaveLength(3);
    for (const entry of entries)
      expect(entry).toMatchObject({
        method: "GET",
        path: `/v1/events/${EVENT}`,
        query: "?format=jsonld",
        status: 200,
        userAgent: "probe",
      });
    expect(logged.responseCache?.().hits).toBe(1);
  });

  it("keeps no errors: each problem names its own request", async () => {
    const cached = testApp();
    for (const id of ["first", "second"]) {
      const res = await cached.request("/v1/events/nothing-here", {
        headers: { "X-Request-Id": id },
      });
      expect(res.status).toBe(404);
      expect((await looseJson(res)).requestId).toBe(id);
    }
    expect(cached.responseCache?.()).toMatchObject({ entries: 0, hits: 0 });
  });

  it("keeps no copy of a streamed export, nor of what must not be stored", async () => {
    const cached = testApp();
    for (const path of ["/v1/events?format=ndjson", "/healthz"]) {
      const first = await cached.request(path);
      const again = await cached.request(path);
      expect(first.status, path).toBe(200);
      expect(await again.text(), path).toBe(await first.text());
    }
    expect(cached.responseCache?.()).toMatchObject({ entries: 0, hits: 0 });
  });

  it("stays within its bound in bytes, forgetting the least recent first", async () => {
    const paths = uncached.store.dataset.events.map((e) => `/v1/events/${e.id}`);
    const [first = "", last = ""] = [paths[0], paths.at(-1)];
    // room for about three records, headers and keys included
    const one = await seen(await uncached.request(first));
    const maxBytes = 3 * (Buffer.from(one.body, "base64").byteLength + 1500);
    const small = testApp({ responseCache: { maxBytes, maxEntryBytes: maxBytes } });
    for (const path of paths) for (let i = 0; i < 2; i++) await small.request(path);
    const stats = small.responseCache?.();
    expect(stats?.bytes).toBeLessThanOrEqual(maxBytes);
    expect(stats?.entries).toBeGreaterThan(0);
    expect(stats?.entries).toBeLessThan(paths.length);
    await small.request(last);
    expect(small.responseCache?.().hits).toBe(1);
    await small.request(first);
    expect(small.responseCache?.().hits).toBe(1);
  });

  it("keeps, once it is full, the response asked for again over an older one", async () => {
    const paths = uncached.store.dataset.events.slice(0, 4).map((e) => `/v1/events/${e.id}`);
    // each entry's bytes as a cache with room for all counts them
    const roomy = testApp({ responseCache: { maxBytes: 1 << 24, keepAfter: 1 } });
    let total = 0;
    for (const path of paths) {
      await roomy.request(path);
      total = roomy.responseCache?.().bytes ?? 0;
    }
    // room for all four but a byte: the fourth pushes one out
    const maxBytes = total - 1;
    const small = testApp({ responseCache: { maxBytes, maxEntryBytes: maxBytes, keepAfter: 1 } });
    const [p0 = "", p1 = "", p2 = "", p3 = ""] = paths;
    for (const path of [p0, p1, p2, p0]) await small.request(path);
    expect(small.responseCache?.()).toMatchObject({ entries: 3, hits: 1 });
    await small.request(p3); // one too many: p1, the least recent, goes
    expect(small.responseCache?.().entries).toBe(3);
    for (const path of [p0, p2, p3]) await small.request(path);
    expect(small.responseCache?.().hits).toBe(4);
    await small.request(p1);
    expect(small.responseCache?.().hits).toBe(4);
  });

  it("keeps a response from its second request on: one-off requests do not push out hot ones", async () => {
    const paths = uncached.store.dataset.events.map((e) => `/v1/events/${e.id}`);
    const [hot = "", ...others] = paths;
    const one = await seen(await uncached.request(hot));
    // room for about three records
    const maxBytes = 3 * (Buffer.from(one.body, "base64").byteLength + 1500);
    const small = testApp({ responseCache: { maxBytes, maxEntryBytes: maxBytes } });
    await small.request(hot);
    expect(small.responseCache?.()).toMatchObject({ entries: 0, hits: 0 });
    await small.request(hot);
    expect(small.responseCache?.()).toMatchObject({ entries: 1, hits: 0 });
    expect(others.length).toBeGreaterThan(3);
    for (const path of others) await small.request(path);
    expect(small.responseCache?.()).toMatchObject({ entries: 1, hits: 0 });
    expect(await seen(await small.request(hot))).toMatchObject({ status: 200, body: one.body });
    expect(small.responseCache?.().hits).toBe(1);
  });

  it("keeps each list's bytes in memory of their own, not in the buffer responses are written to", async () => {
    const app = testApp();
    const paths = [`/v1/statements?speaker=${speaker}&limit=5`, `/v1/events?story=${STORY}`];
    for (const path of paths) for (let i = 0; i < 2; i++) await app.request(path);
    for (const path of paths) {
      const kept = app.replay?.cache.peek(
        cacheKey("GET", `http://localhost${path}`, undefined, undefined),
      );
      expect(kept, path).toBeDefined();
      expect(kept?.body.buffer.byteLength, path).toBe(kept?.body.byteLength);
      const expected = Buffer.from(await (await uncached.request(path)).arrayBuffer());
      expect(Buffer.from(kept?.body ?? []).equals(expected), path).toBe(true);
    }
  });
});
