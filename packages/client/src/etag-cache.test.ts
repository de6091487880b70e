import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDossierClient } from "./client.js";
import { memoryCache } from "./etag-cache.js";
import { DossierHttpError } from "./problem.js";
import { type RunningApi, startApi } from "./test-support/api-server.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ RATE_LIMIT: "100000" });
});
afterAll(() => api?.stop());

/** what went over the wire: each request's If-None-Match and the status that came back */
function recorded() {
  const exchanges: { ifNoneMatch: string | null; status: number }[] = [];
  const fetch = async (request: Request) => {
    const response = await globalThis.fetch(request);
    exchanges.push({ ifNoneMatch: request.headers.get("If-None-Match"), status: response.status });
    return response;
  };
  return { exchanges, fetch };
}

describe("ETag revalidation", () => {
  it("revalidates a kept response with If-None-Match and reuses it on 304", async () => {
    const wire = recorded();
    const dossier = createDossierClient({ baseUrl: api.url, fetch: wire.fetch });
    const path = { id: "iraq-parliament-foreign-forces-2020" };
    const first = await dossier.get("/v1/stories/{id}", { path });
    const again = await dossier.get("/v1/stories/{id}", { path });
    expect(again).toEqual(first);
    expect(wire.exchanges[0]).toEqual({ ifNoneMatch: null, status: 200 });
    expect(wire.exchanges[1]?.status).toBe(304);
    expect(wire.exchanges[1]?.ifNoneMatch).toMatch(/^"[0-9a-z]+(-gzip|-deflate)?"$/);
  });

  it("keeps each query apart, and keeps nothing when told not to", async () => {
    const wire = recorded();
    const dossier = createDossierClient({ baseUrl: api.url, fetch: wire.fetch, cache: false });
    await dossier.get("/v1/places", { query: { limit: 2 } });
    await dossier.get("/v1/places", { query: { limit: 2 } });
    expect(wire.exchanges.map((e) => e.status)).toEqual([200, 200]);
    const kept = recorded();
    const cached = createDossierClient({ baseUrl: api.url, fetch: kept.fetch });
    const two = await cached.get("/v1/places", { query: { limit: 2 } });
    const three = await cached.get("/v1/places", { query: { limit: 3 } });
    expect([two.data.length, three.data.length]).toEqual([2, 3]);
    expect(kept.exchanges.map((e) => e.ifNoneMatch)).toEqual([null, null]);
  });

  it("forgets the least recently used response first", () => {
    const cache = memoryCache({ maxEntries: 2 });
    const entry = (etag: string) => ({ etag, headers: [], body: new ArrayBuffer(1) });
    cache.set("a", entry('"a"'));
    cache.set("b", entry('"b"'));
    cache.get("a");
    cache.set("c", entry('"c"'));
    expect([cache.get("a")?.etag, cache.get("b"), cache.get("c")?.etag]).toEqual([
      '"a"',
      undefined,
      '"c"',
    ]);
  });
});

describe("answers that are not the API's", () => {
  let proxy: Server;
  beforeAll(async () => {
    // a reverse proxy in front of a dead API: an HTML error page, no problem document
    proxy = createServer((_, res) => {
      res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>502 Bad Gateway</h1>");
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  it("throws a DossierHttpError carrying the response", async () => {
    const { port } = proxy.address() as AddressInfo;
    const dossier = createDossierClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await dossier.get("/healthz").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierHttpError);
    expect((error as DossierHttpError).response.status).toBe(502);
    expect((error as DossierHttpError).body).toContain("Bad Gateway");
  });
});
