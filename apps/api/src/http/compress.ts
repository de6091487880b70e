import type { MiddlewareHandler } from "hono";
import { contentCoding } from "./coding.js";

/**
 * gzip or deflate by Accept-Encoding, with the web platform's CompressionStream. Unlike hono's
 * compress it keeps entity tags strong: `contentCoding` decides, and the tag (see etag.ts) names
 * the coding it decided. `Vary: Accept-Encoding` is on every response already (see baseHeaders).
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // the request alone settles most cases: the response is only read (which makes the Node
    // adapter rebuild it) when it is to be compressed
    if (!c.req.header("Accept-Encoding")) return;
    const res = c.res;
    if (res.status === 204 || res.status === 304 || !res.body) return;
    if (res.headers.has("Content-Encoding")) return;
    const coding = contentCoding(
      c,
      res.headers.get("Content-Type") ?? "",
      res.headers.get("Cache-Control"),
    );
    if (!coding) return;
    // HEAD sends GET's headers without a body: nothing to compress
    const body =
      c.req.method === "HEAD" ? null : res.body.pipeThrough(new CompressionStream(coding));
    if (!body) await res.body.cancel();
    // hono copies the old response's headers onto a new one, so headers are edited after the swap
    c.res = new Response(body, res);
    c.res.headers.delete("Content-Length");
    c.res.headers.set("Content-Encoding", coding);
  };
}
