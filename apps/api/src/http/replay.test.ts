import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { filterStatements } from "@dossier/core";
import { getConnInfo } from "@hono/node-server/conninfo";
import { afterAll, describe, expect, it } from "vitest";
import { createApp, DEFAULT_RESPONSE_CACHE } from "../app.js";
import { clientAddressOf, nodeListener } from "../listener.js";
import { EVENT, SOURCE, STORY } from "../test-support/fixtures.js";

// the same request through two real servers over the same app options: one answers cache hits
// before hono, the other leaves every request to hono; a client must not tell them apart
const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

async function serve(replay: boolean, limit = 1_000_000) {
  const lines: string[] = [];
  const app = createApp(undefined, {
    log: (line) => lines.push(line),
    // a clock that stands still, so both servers' buckets say the same
    rateLimit: { limit, windowSeconds: 60, now: () => 0 },
    clientAddress: (c) =>
      clientAddressOf(c.req.header("X-Forwarded-For"), getConnInfo(c).remote.address, false),
    // kept from the first request, so that each second one here is a hit (when a response is
    // kept is response-cache.test.ts's business)
    responseCache: { ...DEFAULT_RESPONSE_CACHE, keepAfter: 1 },
  });
  const counted = { honoCalls: 0 };
  const server = createServer(
    nodeListener(
      {
        fetch: (request, env) => {
          counted.honoCalls++;
          return app.fetch(request, env);
        },
        replay: app.replay,
      },
      false,
      { replay },
    ),
  );
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, lines, counted, app };
}

const speaker =
  filterStatements(createApp(undefined, { log: false }).store.dataset).find((s) => s.speaker)
    ?.speaker ?? "";
const PATHS = [
  `/v1/events/${EVENT}`,
  `/v1/statements?speaker=${speaker}&limit=5`,
  `/v1/stories/${STORY}/timeline?limit=3`,
  `/v1/sources/${SOURCE}/segments?limit=4`,
  "/v1/actors?format=csv&limit=3",
  `/v1/search?q=${encodeURIComponent(speaker.split("-")[0] ?? "")}`,
];
const VARIANTS: Record<string, string>[] = [
  {},
  { "Accept-Encoding": "gzip" },
  { Accept: "application/ld+json" },
  { "Accept-Encoding": "deflate", Accept: "application/json" },
];
// set by the socket or per request: the rest must match
const VARYING = new Set(["date", "x-request-id", "connection", "keep-alive"]);

interface Seen {
  status: number;
  headers: [string, string][];
  body: string;
  /** the response's own X-Request-Id, left out of `headers` */
  requestId: string | undefined;
}

/**
 * a request as a client sends it, under one Host for both servers (it is part of tags and JSON-LD
 * ids), and the response as the client sees it: status, headers, the body's bytes
 */
function ask(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method: options.method ?? "GET", headers: { Host: "api.test", ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = (res.rawHeaders[i] ?? "").toLowerCase();
            if (!VARYING.has(name)) headers.push([name, res.rawHeaders[i + 1] ?? ""]);
          }
          const id = res.headers["x-request-id"];
          resolve({
            status: res.statusCode ?? 0,
            headers: headers.sort(),
            body: Buffer.concat(chunks).toString("base64"),
            requestId: typeof id === "string" ? id : undefined,
          });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}
const header = (seen: Seen, name: string) => seen.headers.find(([n]) => n === name)?.[1];
const withoutId = ({ requestId: _, ...rest }: Seen) => rest;

describe("cache hits answered before hono", () => {
  it("send what hono sends for the same hit: status, headers and bytes, GET and HEAD", async () => {
    const fast = await serve(true);
    const plain = await serve(false);
    let replayed = 0;
    for (const path of PATHS)
      for (const variant of VARIANTS)
        for (const method of ["GET", "HEAD"]) {
          // one id for both, since a problem document names it
          const headers = { ...variant, "X-Request-Id": "same-id" };
          const label = `${method} ${path} ${JSON.stringify(variant)}`;
          const twice = async (base: string) => {
            await ask(base, path, { method, headers });
            return withoutId(await ask(base, path, { method, headers }));
          };
          const calls = fast.counted.honoCalls;
          const expected = await twice(plain.base);
          const got = await twice(fast.base);
          expect(got, label).toEqual(expected);
          if (expected.status === 200) {
            // the first went through hono and was kept; the second was replayed without it
            expect(fast.counted.honoCalls - calls, label).toBe(1);
            replayed++;
          }
          if (method === "HEAD") expect(got.body, label).toBe("");
        }
    expect(replayed).toBeGreaterThan(PATHS.length);
    expect(fast.app.responseCache?.().hits).toBe(plain.app.responseCache?.().hits);
  });

  it("answer a current If-None-Match with the same 304, and a stale one with the body", async () => {
    const fast = await serve(true);
    const plain = await serve(false);
    for (const path of PATHS) {
      const gzip = { "Accept-Encoding": "gzip" };
      const first = await ask(fast.base, path, { headers: gzip });
      await ask(plain.base, path, { headers: gzip });
      const etag = header(first, "etag") ?? "";
      expect(etag, path).not.toBe("");
      const headers = { ...gzip, "If-None-Match": etag };
      const calls = fast.counted.honoCalls;
      const got = withoutId(await ask(fast.base, path, { headers }));
      const expected = withoutId(await ask(plain.base, path, { headers }));
      expect(got.status, path).toBe(304);
      expect(got, path).toEqual(expected);
      const stale = await ask(fast.base, path, {
        headers: { ...gzip, "If-None-Match": '"stale"' },
      });
      await ask(plain.base, path, { headers: { ...gzip, "If-None-Match": '"stale"' } });
      expect(stale.status, path).toBe(200);
      expect(stale.body, path).toBe(first.body);
      expect(fast.counted.honoCalls, path).toBe(calls);
    }
  });

  it("count against the rate limit, and a spent client gets hono's 429", async () => {
    const fast = await serve(true, 3);
    const path = `/v1/events/${EVENT}`;
    const answers: [number, string | undefined][] = [];
    for (let i = 0; i < 4; i++) {
      const res = await ask(fast.base, path);
      answers.push([res.status, header(res, "ratelimit-remaining")]);
      if (res.status === 429) {
        expect(header(res, "content-type")).toMatch(/^application\/problem\+json/);
        expect(header(res, "retry-after")).toBe("20");
      }
    }
    expect(answers).toEqual([
      [200, "2"],
      [200, "1"],
      [200, "0"],
      [429, "0"],
    ]);
    // the miss and the refusal went through hono; the two hits did not
    expect(fast.counted.honoCalls).toBe(2);
  });

  it("log each hit as hono logs it, with the client's request id or one of its own", async () => {
    const fast = await serve(true);
    const plain = await serve(false);
    const path = `/v1/events/${EVENT}?format=jsonld`;
    for (const server of [fast, plain])
      for (const id of ["first-id", "second-id", undefined, undefined]) {
        const headers: Record<string, string> = { "User-Agent": "probe" };
        if (id) headers["X-Request-Id"] = id;
        const res = await ask(server.base, path, { headers });
        if (id) expect(res.requestId).toBe(id);
        else expect(res.requestId).toMatch(/^[\w-]{8,}$/);
      }
    const entries = (lines: string[]) =>
      lines.map((line) => {
        const { time, durationMs, requestId, ...rest } = JSON.parse(line);
        expect(Date.parse(time)).not.toBeNaN();
        expect(durationMs).toBeGreaterThanOrEqual(0);
        return { ...rest, given: requestId === "first-id" || requestId === "second-id" };
      });
    expect(entries(fast.lines)).toEqual(entries(plain.lines));
    expect(entries(fast.lines)[1]).toMatchObject({
      method: "GET",
      path: `/v1/events/${EVENT}`,
      query: "?format=jsonld",
      status: 200,
      userAgent: "probe",
      given: true,
    });
    const ids = fast.lines.map((line) => JSON.parse(line).requestId);
    expect(new Set(ids).size).toBe(ids.length);
    // all but the first were replayed
    expect(fast.counted.honoCalls).toBe(1);
  });
});

describe("targets the node adapter parses before hono sees them", () => {
  // percent-encoded words (a search's usual target), a dot segment spelled %2e, a quote the parse
  // encodes in a query, characters it leaves alone, a bad escape
  const word = speaker.split("-")[0] ?? "";
  const TARGETS = [
    `/v1/search?q=${encodeURIComponent(`${word} ${word}`)}`,
    `/v1/search?q=${encodeURIComponent(word).toUpperCase()}%20`,
    `/v1/stories/${STORY}/%2e%2E/${STORY}/timeline?limit=2`,
    `/v1/search?q='${word}'`,
    `/v1/search?q=${word}^|`,
    `/v1/search?q=${word}%zz`,
    `/v1/%65vents/${EVENT}`,
  ];

  it("are replayed from the cache with what hono sends, and logged as hono logs them", async () => {
    const fast = await serve(true);
    const plain = await serve(false);
    let replayed = 0;
    let ok = 0;
    for (const path of TARGETS) {
      const headers = { "X-Request-Id": "same-id", "User-Agent": "probe" };
      await ask(plain.base, path, { headers });
      const expected = withoutId(await ask(plain.base, path, { headers }));
      await ask(fast.base, path, { headers });
      const calls = fast.counted.honoCalls;
      const got = withoutId(await ask(fast.base, path, { headers }));
      expect(got, path).toEqual(expected);
      if (expected.status !== 200) continue;
      ok++;
      if (fast.counted.honoCalls === calls) replayed++;
    }
    // every 200 was kept on the first request and replayed on the second
    expect(ok).toBeGreaterThanOrEqual(TARGETS.length - 2);
    expect(replayed).toBe(ok);
    const entries = (lines: string[]) =>
      lines.map((line) => {
        const { time: _, durationMs: __, ...rest } = JSON.parse(line);
        return rest;
      });
    expect(entries(fast.lines)).toEqual(entries(plain.lines));
    expect(entries(fast.lines).map((e) => e.query)).toContain(`?q=%27${word}%27`);
  });

  it("leave hono to answer what the adapter refuses or would change the host of", async () => {
    const fast = await serve(true);
    const plain = await serve(false);
    const path = `/v1/events/${EVENT}`;
    for (const [target, host] of [
      [`/v1\\events/${EVENT}`, "api.test"],
      [path, "127.1"],
      [`${path}#part`, "api.test"],
    ] as const) {
      const headers = { Host: host, "X-Request-Id": "same-id" };
      await ask(fast.base, target, { headers });
      await ask(plain.base, target, { headers });
      const expected = withoutId(await ask(plain.base, target, { headers }));
      const got = withoutId(await ask(fast.base, target, { headers }));
      expect(got, target).toEqual(expected);
    }
  });
});
