import type { MiddlewareHandler } from "hono";
import { fnv1a } from "./hash.js";

/** content codings the compressor may add; an entity tag stays strong by naming its coding */
const CODING_SUFFIX = /-(gzip|deflate)$/;

function opaqueTags(header: string): string[] {
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, "").replace(/^"|"$/g, "").replace(CODING_SUFFIX, ""))
    .filter(Boolean);
}

/**
 * Strong entity tags and 304s. Every body is a pure function of the dataset (fixed at build), the
 * path and query, and the media type, so the tag is a hash of those: no body has to be read or
 * buffered, and streamed CSV gets a tag too.
 */
export function conditionalGet(fingerprint: string, cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== "GET" && method !== "HEAD") || c.res.status !== 200) return;
    const url = new URL(c.req.url);
    const type = c.res.headers.get("Content-Type") ?? "";
    const tag = fnv1a(`${fingerprint}\n${url.pathname}\n${url.search}\n${type}`);
    c.res.headers.set("ETag", `"${tag}"`);
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", cacheControl);
    const ifNoneMatch = c.req.header("If-None-Match");
    if (ifNoneMatch && (ifNoneMatch.trim() === "*" || opaqueTags(ifNoneMatch).includes(tag))) {
      await c.res.body?.cancel();
      const headers = new Headers();
      for (const name of ["ETag", "Cache-Control", "Vary", "Content-Location", "X-Request-Id"]) {
        const value = c.res.headers.get(name);
        if (value) headers.set(name, value);
      }
      for (const [name, value] of c.res.headers) {
        if (name.startsWith("ratelimit") || name.startsWith("access-control"))
          headers.set(name, value);
      }
      // cleared first: hono would otherwise copy the 200's headers (Content-Type and all) onto the 304
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };
}
