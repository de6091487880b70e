import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

export type LogSink = (line: string) => void;

export interface AccessRecord {
  requestId: string;
  method: string;
  /** the request target as sent: path, then query with its "?" (or nothing) */
  path: string;
  query: string;
  status: number;
  /** from the request's arrival to its response head */
  started: number;
  client: string;
  userAgent: string | undefined;
}

/** one request's log line, the same whichever path answered it */
export function accessLogLine(r: AccessRecord): string {
  return JSON.stringify({
    time: new Date().toISOString(),
    level: r.status >= 500 ? "error" : "info",
    msg: "request",
    requestId: r.requestId,
    method: r.method,
    path: r.path,
    query: r.query,
    status: r.status,
    durationMs: Math.round((performance.now() - r.started) * 100) / 100,
    client: r.client,
    userAgent: r.userAgent ?? null,
  });
}

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
      accessLogLine({
        requestId: c.get("requestId"),
        method: c.req.method,
        path: url.pathname,
        query: url.search,
        status: c.res.status,
        started,
        client: clientKey(c),
        userAgent: c.req.header("User-Agent"),
      }),
    );
  };
}
