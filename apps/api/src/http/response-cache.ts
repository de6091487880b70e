import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { ifNoneMatches } from "./etag.js";
import { fnv1a } from "./hash.js";

export interface ResponseCacheOptions {
  /** bytes of bodies, headers and keys held at most; the entry used least recently goes first */
  maxBytes: number;
  /** a response larger than this is served but not kept (default: a sixteenth of maxBytes) */
  maxEntryBytes?: number;
  /**
   * how many times a response is asked for before it is kept (default 2, within the last 1,024
   * requests for responses not kept): one-off requests (new filters, a crawl of every record) then
   * pass through without pushing hot responses out
   */
  keepAfter?: number;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

/** what a hit replays: the final bytes, coding applied, and the headers that belong to them */
export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  /** the same headers flat, as node's writeHead takes them: for a GET's 200, a HEAD's, and a 304 */
  flat: { full: string[]; head: string[]; notModified: string[] };
  etag: string | null;
  size: number;
}

// set per request by other middlewares (the id, the client's bucket): never replayed from a hit
const PER_REQUEST = new Set([
  "x-request-id",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
  "ratelimit-policy",
  "retry-after",
]);
// a 304 carries the 200's headers but none that describe a body (see etag.ts)
const BODY_HEADERS = new Set(["content-type", "content-length", "content-encoding"]);

/**
 * Every body is a pure function of the dataset (fixed for the process's life), the URL and the
 * headers that pick the representation, so a response, once built, can be replayed as bytes. The
 * key is the method, the whole URL (its host names JSON-LD ids; the query is kept as sent, since
 * the tag and the `Link` header are built from it) and the two negotiated headers; the request id
 * and the rate limit's headers are the other middlewares' and are set afresh on every hit.
 * Mounted after the rate limit (hits count) and before compression (hits skip it).
 */
export function responseCache(options: ResponseCacheOptions) {
  const { maxBytes } = options;
  const maxEntryBytes = options.maxEntryBytes ?? Math.floor(maxBytes / 16);
  const entries = new Map<string, CachedResponse>();
  const stats = { hits: 0, misses: 0, bytes: 0 };
  const keepAfter = options.keepAfter ?? 2;
  // hits leave the order alone under half full only while no entry can fill the other half: one
  // that could would take the cache from under half to evicting in one step
  const lazyOrder = maxEntryBytes <= maxBytes / 2;
  // the keys of the last responses asked for and not kept, with how many times: a response is
  // kept when asked for again before 1,024 others push its key out. Uniform traffic over many
  // URLs (a bench's random filters) then rarely churns the cache; a hot URL is kept on its second
  // request (a fingerprint of each key, not the key: a key can be kilobytes of headers, and this
  // memory is outside maxBytes; two keys sharing one only get kept a request early)
  const asked = new Map<string, number>();
  const askedMax = 1024;
  /** counts a request for a response not kept; true once it has been asked for keepAfter times */
  const due = (key: string) => {
    if (keepAfter <= 1) return true;
    const print = fnv1a(key);
    const times = (asked.get(print) ?? 0) + 1;
    asked.delete(print);
    if (times >= keepAfter) return true;
    asked.set(print, times);
    if (asked.size > askedMax) asked.delete(asked.keys().next().value as string);
    return false;
  };

  const keyOf = (c: Context<AppEnv>) =>
    cacheKey(c.req.method, c.req.url, c.req.header("Accept"), c.req.header("Accept-Encoding"));

  /**
   * The entry for a key, moved to the end once the cache is past half full (see lazyOrder): Map
   * keeps insertion order, so the first is the least recent. Under half, nothing is near being
   * let go, and a hit leaves the order as it is (moving an entry rewrites the map's table every
   * so many hits, which showed in the profile of a hot record).
   */
  const lookup = (key: string): CachedResponse | undefined => {
    const hit = entries.get(key);
    if (hit) {
      if (stats.bytes > maxBytes / 2 || !lazyOrder) {
        entries.delete(key);
        entries.set(key, hit);
      }
      stats.hits++;
    }
    return hit;
  };

  const remember = (key: string, entry: CachedResponse) => {
    entries.set(key, entry);
    stats.bytes += entry.size;
    for (const [oldest, old] of entries) {
      if (stats.bytes <= maxBytes) break;
      entries.delete(oldest);
      stats.bytes -= old.size;
    }
  };

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") return next();
    const key = keyOf(c);
    const hit = lookup(key);
    if (hit) {
      const notModified = isNotModified(hit, c.req.header("If-None-Match"));
      for (const [name, value] of hit.headers)
        if (!notModified || !BODY_HEADERS.has(name)) c.header(name, value);
      // hono answers HEAD from the GET route and drops the body itself
      return notModified ? c.body(null, 304) : c.body(hit.body, 200);
    }
    stats.misses++;
    await next();
    const res = c.res;
    if (res.status !== 200 || c.get("streamed") === true) return;
    const cacheControl = res.headers.get("Cache-Control") ?? "";
    if (/(?:^|[\s,])(?:no-store|private)(?:$|[\s,])/i.test(cacheControl)) return;
    const length = Number(res.headers.get("Content-Length") ?? Number.NaN);
    if (length > maxEntryBytes) return;
    // a response asked for once may never be asked for again: keeping each such page of 100 KB
    // churned the cache and its garbage held new lists' p99 at 100 ms (BENCHMARKS.md)
    if (!due(key)) return;
    // JSON sent as bytes (see jsonBody) is kept as it is, without reading the response back:
    // reading it makes the Node adapter rebuild it as a web stream and send it from that
    const sent = c.get("sentJson");
    let body = sent?.res === res ? sent.body : undefined;
    if (!body) {
      // a body not sent so (compressed, streamed, text) is read, and the response sent is
      // rebuilt from the same bytes and headers
      body = new Uint8Array(await res.arrayBuffer());
      c.res = undefined;
      c.res = new Response(body, res);
    }
    if (body.byteLength > maxEntryBytes) return;
    const headers: [string, string][] = [];
    const head: string[] = [];
    const notModified: string[] = [];
    let size = key.length + body.byteLength;
    for (const [name, value] of res.headers) {
      if (PER_REQUEST.has(name)) continue;
      headers.push([name, value]);
      head.push(name, value);
      if (!BODY_HEADERS.has(name)) notModified.push(name, value);
      size += name.length + value.length;
    }
    // the node adapter gives a GET of known bytes its length; a HEAD keeps what the handler sent
    const full = res.headers.has("Content-Length")
      ? head
      : [...head, "content-length", String(body.byteLength)];
    remember(key, {
      body,
      headers,
      flat: { full, head, notModified },
      etag: res.headers.get("ETag"),
      size,
    });
  };

  return Object.assign(middleware, {
    /** entries held, bytes held, hits and misses since start */
    stats: (): CacheStats => ({ entries: entries.size, ...stats }),
    /** the entry for `cacheKey(...)`, if any, neither counted nor marked as used */
    peek: (key: string): CachedResponse | undefined => entries.get(key),
    /** a hit for `cacheKey(...)`, counted and marked as used; for a server that answers before hono */
    lookup,
  });
}

export type ResponseCache = ReturnType<typeof responseCache>;

/** what tells two requests' responses apart: the method, the whole URL and the negotiated headers */
export function cacheKey(
  method: string,
  url: string,
  accept: string | undefined,
  acceptEncoding: string | undefined,
): string {
  return `${method} ${url}\n${accept ?? ""}\n${acceptEncoding ?? ""}`;
}

/** whether a conditional request's tags match the cached response's: then a 304 answers it */
export function isNotModified(hit: CachedResponse, ifNoneMatch: string | undefined): boolean {
  return hit.etag !== null && ifNoneMatches(ifNoneMatch, hit.etag);
}
