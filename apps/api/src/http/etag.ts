import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { contentCoding } from "./coding.js";
import { fnv1a } from "./hash.js";

/** If-None-Match's weak comparison (RFC 9110 13.1.2): opaque tags equal, W/ aside */
export function ifNoneMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** thrown once a request is known to be answered by 304; the error handler sends it */
export class NotModified extends Error {}

/**
 * The strong tag of this request's representation: the dataset, the URL and the media type, and
 * the content coding it is sent in, since each coding is a representation of its own (RFC 9110
 * 8.8.3). The whole URL, host included, since JSON-LD names records by absolute URLs built on it.
 */
function entityTag(c: Context<AppEnv>, mediaType: string, cacheControl: string | null): string {
  const tag = fnv1a(`${c.get("fingerprint")}\n${c.req.url}\n${mediaType}`);
  const coding = contentCoding(c, mediaType, cacheControl);
  return coding ? `"${tag}-${coding}"` : `"${tag}"`;
}

/**
 * Strong entity tags and 304s, decided before the body is built. Every body is a pure function of
 * the dataset (fixed at build), the path and query, and the media type, so the tag is a hash of
 * those: nothing is buffered or hashed per response, streamed exports get a tag too, and a
 * revalidation costs no rendering. Throws NotModified when the client's copy is current.
 */
export function revalidate(c: Context<AppEnv>, mediaType: string): void {
  const cacheControl = c.get("cacheControl");
  const etag = entityTag(c, mediaType, cacheControl);
  c.header("ETag", etag);
  c.header("Cache-Control", cacheControl);
  if (ifNoneMatches(c.req.header("If-None-Match"), etag)) throw new NotModified();
}

export function notModifiedResponse(c: Context<AppEnv>): Response {
  return c.body(null, 304);
}

/** sets the context the tags need; for the few routes that do not call `revalidate`, tags them after */
export function conditionalGet(
  fingerprint: string,
  cacheControl: string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("fingerprint", fingerprint);
    c.set("cacheControl", cacheControl);
    await next();
    const method = c.req.method;
    if (
      (method !== "GET" && method !== "HEAD") ||
      c.res.status !== 200 ||
      c.res.headers.has("ETag")
    )
      return;
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", cacheControl);
    const etag = entityTag(
      c,
      c.res.headers.get("Content-Type") ?? "",
      c.res.headers.get("Cache-Control"),
    );
    c.res.headers.set("ETag", etag);
    if (ifNoneMatches(c.req.header("If-None-Match"), etag)) {
      await c.res.body?.cancel();
      const headers = new Headers(c.res.headers);
      headers.delete("Content-Type");
      headers.delete("Content-Length");
      // cleared first: hono would otherwise copy the 200's headers (Content-Type and all) onto the 304
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };
}
