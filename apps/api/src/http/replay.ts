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
// tests, less fragments): for those the cache's key is known without parsing anything
const VERBATIM_TARGET = /^\/[!$&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * The URL the node adapter gives hono for this request, whose key the cache holds: the target as
 * sent when the adapter takes it verbatim, else the WHATWG parse it makes (a search's `%20`, say:
 * hot searches missed this path before). Undefined where the adapter would refuse the target (a
 * backslash in the path), where the parse would change the host, or for a fragment, which hono's
 * path and query leave out; hono answers those.
 */
export function adapterUrl(host: string, target: string): string | undefined {
  const origin = `http://${host}`;
  if (VERBATIM_TARGET.test(target) && !DOT_SEGMENT.test(target)) return origin + target;
  if (target.charCodeAt(0) !== 47 || target.includes("#")) return undefined;
  const backslash = target.indexOf("\\");
  if (backslash >= 0 && (target.indexOf("?") < 0 || backslash < target.indexOf("?")))
    return undefined;
  try {
    const { href } = new URL(origin + target);
    return href.startsWith(`${origin}/`) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path and query the access log names, as hono's log takes them from its URL's `pathname` and
 * `search`: the URL after its origin, unless the query has a `'`, which the parse encodes
 */
function pathAndQuery(url: string, host: string): { path: string; query: string } {
  if (url.includes("'")) {
    const parsed = new URL(url);
    return { path: parsed.pathname, query: parsed.search };
  }
  const target = url.slice(7 + host.length);
  const q = target.indexOf("?");
  if (q < 0) return { path: target, query: "" };
  return { path: target.slice(0, q), query: q === target.length - 1 ? "" : target.slice(q) };
}

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
    const host = req.headers.host;
    if (!host || !PLAIN_HOST.test(host)) return false;
    const url = adapterUrl(host, req.url ?? "");
    if (!url) return false;
    const headers = req.headers;
    const key = cacheKey(method, url, headers.accept, headers["accept-encoding"]);
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
      const { path, query } = pathAndQuery(url, host);
      log(
        accessLogLine({
          requestId,
          method,
          path,
          query,
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
