import type { Middleware } from "openapi-fetch";

/** a representation kept to revalidate: its tag and what a 200 carried */
export interface CachedResponse {
  etag: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** where revalidated responses are kept; `memoryCache` unless the caller brings its own */
export interface ETagCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, value: CachedResponse): void;
}

/** the most recently used `maxEntries` responses of at most `maxBytes` each, in memory */
export function memoryCache({ maxEntries = 200, maxBytes = 2 ** 21 } = {}): ETagCache {
  const entries = new Map<string, CachedResponse>();
  return {
    get(key) {
      const hit = entries.get(key);
      // moved to the end: Map order is the order of use, so the first entry is the least recent
      if (hit) entries.delete(key);
      if (hit) entries.set(key, hit);
      return hit;
    },
    set(key, value) {
      if (value.body.byteLength > maxBytes) return;
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? key);
    },
  };
}

// the representation varies with the URL and Accept (the API sends Vary: Accept-Encoding, Accept;
// fetch decodes the content coding itself, so the kept body is decoded whatever the coding)
const keyOf = (request: Request) => `${request.url}\n${request.headers.get("Accept") ?? ""}`;

/** the body is kept decoded, so the headers that describe the wire form are not */
const WIRE_HEADERS = new Set(["content-encoding", "content-length", "transfer-encoding"]);

/**
 * Revalidation with If-None-Match: a GET whose response was kept is sent with its tag, and a 304
 * is answered from the kept body (with the 304's fresh headers), so callers only ever see 200s.
 */
export function revalidation(cache: ETagCache): Middleware {
  return {
    onRequest({ request }) {
      if (request.method !== "GET" || request.headers.has("If-None-Match")) return undefined;
      const kept = cache.get(keyOf(request));
      if (!kept) return undefined;
      const revalidating = new Request(request);
      revalidating.headers.set("If-None-Match", kept.etag);
      return revalidating;
    },
    async onResponse({ request, response }) {
      if (request.method !== "GET") return undefined;
      if (response.status === 304) {
        const kept = cache.get(keyOf(request));
        if (!kept) return undefined;
        const headers = new Headers(kept.headers);
        for (const [name, value] of response.headers)
          if (!WIRE_HEADERS.has(name)) headers.set(name, value);
        return new Response(kept.body.slice(0), { status: 200, headers });
      }
      const etag = response.headers.get("ETag");
      if (response.status !== 200 || !etag) return undefined;
      const headers = [...response.headers].filter(([name]) => !WIRE_HEADERS.has(name));
      cache.set(keyOf(request), { etag, headers, body: await response.clone().arrayBuffer() });
      return undefined;
    },
  };
}
