import type { MiddlewareHandler } from "hono";

// data is never a page: nothing may load, run or frame it
const STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** the docs page alone runs Scalar's script, from this host or its CDN */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com",
  "font-src 'self' https://fonts.scalar.com data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: [string, string][] = [
  ["Content-Security-Policy", STRICT_POLICY],
  ["Cross-Origin-Resource-Policy", "cross-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
];

export const CORS_EXPOSED_HEADERS =
  "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
const ALLOWED_METHODS = "GET, HEAD, OPTIONS";
const ALLOWED_HEADERS = "Accept, If-None-Match, X-Request-Id";

/**
 * Security headers and CORS for reads, written before the handler runs. Hono's own middlewares add
 * theirs to the finished response, which makes the Node adapter rebuild it: several times slower.
 * CORS goes on every response, Origin or not: a shared cache may hand a response fetched without
 * one to a browser, and the same headers everywhere need no `Vary: Origin`.
 */
export function baseHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    c.header("Vary", "Accept-Encoding");
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS);
    if (
      c.req.method === "OPTIONS" &&
      c.req.header("Origin") &&
      c.req.header("Access-Control-Request-Method")
    ) {
      c.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      c.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      c.header("Access-Control-Max-Age", "86400");
      return c.body(null, 204);
    }
    return next();
  };
}
