import type { IncomingMessage, ServerResponse } from "node:http";
import { accessLogLine, type LogSink } from "./access-log.js";
import type { RateLimiter } from "./rate-limit.js";
import { requestIdFor } from "./request-id.js";
import { cacheKey, isNotModified, type ResponseCache } from "./response-cache.js";

export interface ReplayOptions {
  cache: ResponseCache;
  limiter: RateLimiter | undefined;
  log: LogSink | undefined;
  /** the client's address from the raw request: the same the app's `clientAddress` gives */
  clientOf: (req: IncomingMessage) => string;
}

// request targets and hosts that the node adapter puts into the request's URL verbatim (its own
// tests, less fragments): only for those is the cache's key known without building a Request
const VERBATIM_TARGET = /^\/[!$&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * Answers a request the response cache holds straight from node:http, before hono: one writeHead
 * with the entry's headers laid out in advance, then the bytes. Hono's dispatch, its Request and
 * Response objects and the node adapter's conversions were most of a hot request's cost, and this
 * is as close to a bare server as the API's duties allow: the request id, the rate limit and the
 * access log run here with the same code as the middlewares, so a client cannot tell which path
 * answered. Returns false, having sent nothing, for anything else (a miss, a refused client, a URL
 * the adapter would rewrite); hono then answers it as usual.
 */
export function replayCached(options: ReplayOptions) {
  const { cache, limiter, log, clientOf } = options;
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const started = performance.now();
    const method = req.method;
    if (method !== "GET" && method !== "HEAD") return false;
    const target = req.url ?? "";
    const host = req.headers.host;
    if (
      !host ||
      !PLAIN_HOST.test(host) ||
      !VERBATIM_TARGET.test(target) ||
      DOT_SEGMENT.test(target)
    )
      return false;
    const headers = req.headers;
    const key = cacheKey(
      method,
      `http://${host}${target}`,
      headers.accept,
      headers["accept-encoding"],
    );
    if (!cache.peek(key)) return false;
    const client = clientOf(req);
    const decision = limiter?.(client);
    // a refused request goes to hono, whose rate limit refuses it again (it takes no token) and
    // answers with the problem document
    if (decision && !decision.allowed) return false;
    const hit = cache.lookup(key);
    if (!hit) return false;
    const given = headers["x-request-id"];
    const requestId = requestIdFor(typeof given === "string" ? given : undefined);
    const notModified = isNotModified(hit, headers["if-none-match"]);
    const status = notModified ? 304 : 200;
    const head = notModified
      ? hit.flat.notModified
      : method === "HEAD"
        ? hit.flat.head
        : hit.flat.full;
    const out = [...head, "x-request-id", requestId];
    if (decision) for (const [name, value] of decision.headers) out.push(name, value);
    res.writeHead(status, out);
    if (status === 200 && method === "GET") res.end(hit.body);
    else res.end();
    if (log) {
      const q = target.indexOf("?");
      log(
        accessLogLine({
          requestId,
          method,
          path: q < 0 ? target : target.slice(0, q),
          query: q < 0 || q === target.length - 1 ? "" : target.slice(q),
          status,
          started,
          client,
          userAgent: headers["user-agent"],
        }),
      );
    }
    return true;
  };
}
