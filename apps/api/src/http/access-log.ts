import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

export type LogSink = (line: string) => void;

/** one JSON line per request, written when the response head is ready */
export function accessLog(
  sink: LogSink,
  clientKey: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    sink(
      JSON.stringify({
        time: new Date().toISOString(),
        level: c.res.status >= 500 ? "error" : "info",
        msg: "request",
        requestId: c.get("requestId"),
        method: c.req.method,
        path: url.pathname,
        query: url.search,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        client: clientKey(c),
        userAgent: c.req.header("User-Agent") ?? null,
      }),
    );
  };
}
