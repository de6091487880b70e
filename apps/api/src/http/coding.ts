import type { Context } from "hono";
import { parseAccept } from "hono/utils/accept";

export type ContentCoding = "gzip" | "deflate";

const COMPRESSIBLE =
  /^\s*(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|x-ndjson|ndjson|javascript|xml))/i;

function acceptedCoding(header: string | undefined): ContentCoding | undefined {
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
 * The coding a response of this media type is sent in, from the request and the response's
 * Cache-Control alone, never its body: the entity tag, computed before the body exists and on the
 * 304 that has none, names the same coding the 200 is sent in.
 */
export function contentCoding(
  c: Context,
  mediaType: string,
  cacheControl: string | null | undefined,
): ContentCoding | undefined {
  if (cacheControl && /(?:^|[\s,])no-transform(?:$|[\s,])/i.test(cacheControl)) return undefined;
  if (!COMPRESSIBLE.test(mediaType)) return undefined;
  return acceptedCoding(c.req.header("Accept-Encoding"));
}
