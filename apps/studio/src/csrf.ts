import type { MiddlewareHandler } from "hono";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Loopback hosts only (a page elsewhere cannot rebind its name to the studio), and every write
 * refused unless the browser says it comes from the studio's own origin. Hand-written because
 * hono's csrf middleware checks only form content types and leaves others to CORS; the studio
 * refuses a write from elsewhere whatever its type, and one with neither header at all.
 */
export function guard(allowedHosts: () => string[]): MiddlewareHandler {
  return async (c, next) => {
    const hosts = allowedHosts();
    const host = c.req.header("host") ?? "";
    if (!hosts.includes(host)) return c.text(`refused host "${host}"`, 421);
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const fromHere =
        origin !== undefined && origin !== "null"
          ? hosts.some((h) => origin === `http://${h}`)
          : site === "same-origin";
      if (!fromHere) return c.text("refused: writes come only from the studio's own pages", 403);
    }
    await next();
  };
}
