import type { MiddlewareHandler } from "hono";
import { parseAccept } from "hono/utils/accept";

const COMPRESSIBLE =
  /^\s*(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|x-ndjson|ndjson|javascript|xml))/i;

function chooseEncoding(header: string | undefined): "gzip" | "deflate" | undefined {
  if (!header) return undefined;
  const accepts = parseAccept(header);
  const q = (name: string) =>
    accepts.find((a) => a.type.toLowerCase() === name)?.q ??
    accepts.find((a) => a.type === "*")?.q ??
    0;
  const gzip = q("gzip");
  const deflate = q("deflate");
  if (gzip > 0 && gzip >= deflate) return "gzip";
  if (deflate > 0) return "deflate";
  return undefined;
}

/**
 * gzip or deflate by Accept-Encoding, with the web platform's CompressionStream. Unlike hono's
 * compress it keeps entity tags strong: the coding is written into the tag instead of weakening it.
 * `Vary: Accept-Encoding` is on every response already (see baseHeaders).
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // the request alone settles most cases: the response is only read (which makes the Node
    // adapter rebuild it) when it is to be compressed
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
    if (!encoding || c.req.method === "HEAD") return;
    const res = c.res;
    if (res.status === 204 || res.status === 304 || !res.body) return;
    if (
      res.headers.has("Content-Encoding") ||
      !COMPRESSIBLE.test(res.headers.get("Content-Type") ?? "")
    )
      return;
    const length = res.headers.get("Content-Length");
    if (length && Number(length) < 1024) return;
    // hono copies the old response's headers onto a new one, so headers are edited after the swap
    c.res = new Response(res.body.pipeThrough(new CompressionStream(encoding)), res);
    c.res.headers.delete("Content-Length");
    c.res.headers.set("Content-Encoding", encoding);
    const etag = c.res.headers.get("ETag");
    if (etag?.startsWith('"')) c.res.headers.set("ETag", `${etag.slice(0, -1)}-${encoding}"`);
  };
}
