import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { fnv1a } from "./hash.js";

/** content codings the compressor may add; an entity tag stays strong by naming its coding */
const CODING_SUFFIX = /-(gzip|deflate)$/;

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .some(
      (t) => t.trim().replace(/^W\//, "").replace(/^"|"$/g, "").replace(CODING_SUFFIX, "") === tag,
    );
}

/** thrown once a request is known to be answered by 304; the error handler sends it */
export class NotModified extends Error {}

/**
 * The tag of this request's representation: the dataset, the URL and the media type. The whole URL,
 * host included, since JSON-LD names records by absolute URLs built on it.
 */
function tagOf(c: Context<AppEnv>, mediaType: string): string {
  return fnv1a(`${c.get("fingerprint")}\n${c.req.url}\n${mediaType}`);
}

/**
 * Strong entity tags and 304s, decided before the body is built. Every body is a pure function of
 * the dataset (fixed at build), the path and query, and the media type, so the tag is a hash of
 * those: nothing is buffered or hashed per response, streamed exports get a tag too, and a
 * revalidation costs no rendering. Throws NotModified when the client's copy is current.
 */
export function revalidate(c: Context<AppEnv>, mediaType: string): void {
  const tag = tagOf(c, mediaType);
  c.header("ETag", `"${tag}"`);
  c.header("Cache-Control", c.get("cacheControl"));
  if (matches(c.req.header("If-None-Match"), tag)) throw new NotModified();
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
    const tag = tagOf(c, c.res.headers.get("Content-Type") ?? "");
    c.res.headers.set("ETag", `"${tag}"`);
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", cacheControl);
    if (matches(c.req.header("If-None-Match"), tag)) {
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
