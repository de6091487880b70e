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

// the ISO time of the current millisecond, built once for all the lines written in it
let isoMs = Number.NaN;
let isoText = "";
function isoNow(): string {
  const ms = Date.now();
  if (ms !== isoMs) {
    isoMs = ms;
    isoText = new Date(ms).toISOString();
  }
  return isoText;
}

// printable ASCII less `"` and `\`: what JSON.stringify writes as it is
const PLAIN = /^[ !#-[\]-~]*$/;
const jsonString = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));

/**
 * One request's log line, the same whichever path answered it: the bytes JSON.stringify gives for
 * these fields in this order (a test holds it to that), laid out by hand since stringifying an
 * object per request showed in the profile of a hot record, where the line is most of the work
 * the API does beyond a bare server
 */
export function accessLogLine(r: AccessRecord): string {
  const level = r.status >= 500 ? "error" : "info";
  const durationMs = Math.round((performance.now() - r.started) * 100) / 100;
  const userAgent = r.userAgent === undefined ? "null" : jsonString(r.userAgent);
  return `{"time":"${isoNow()}","level":"${level}","msg":"request","requestId":${jsonString(r.requestId)},"method":${jsonString(r.method)},"path":${jsonString(r.path)},"query":${jsonString(r.query)},"status":${r.status},"durationMs":${durationMs},"client":${jsonString(r.client)},"userAgent":${userAgent}}`;
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
