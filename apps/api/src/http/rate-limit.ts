import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";
import { ApiProblem } from "./errors.js";

export interface RateLimitOptions {
  /** requests a client may make in a burst, refilled evenly over `windowSeconds` */
  limit: number;
  windowSeconds: number;
  /** the client's address; behind a proxy, the address the proxy vouches for */
  clientKey: (c: Context<AppEnv>) => string;
  /** milliseconds since the epoch; injectable so the refill can be tested without waiting */
  now?: () => number;
  /** clients remembered at most; the one seen least recently is forgotten first */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * A token bucket per client, in memory: fine for one process, which is what this serves. The map
 * is kept in order of last use (Map keeps insertion order, and a seen client is moved to the end),
 * so forgetting the least recent client when full costs one step, not a scan of every client.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const { limit, windowSeconds, clientKey } = options;
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const perMs = limit / (windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();
  const policy = `${limit};w=${windowSeconds}`;

  return async (c, next) => {
    const at = now();
    const key = clientKey(c);
    let bucket = buckets.get(key);
    if (bucket) {
      buckets.delete(key);
      bucket.tokens = Math.min(limit, bucket.tokens + (at - bucket.updated) * perMs);
      bucket.updated = at;
    } else {
      if (buckets.size >= maxClients) {
        const leastRecent = buckets.keys().next().value;
        if (leastRecent !== undefined) buckets.delete(leastRecent);
      }
      bucket = { tokens: limit, updated: at };
    }
    buckets.set(key, bucket);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const remaining = Math.floor(bucket.tokens);
    const secondsToFull = Math.ceil((limit - bucket.tokens) / perMs / 1000);
    c.header("RateLimit-Policy", policy);
    c.header("RateLimit-Limit", String(limit));
    c.header("RateLimit-Remaining", String(remaining));
    c.header("RateLimit-Reset", String(secondsToFull));
    if (!allowed) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      c.header("Retry-After", String(retryAfter));
      throw new ApiProblem(
        "rate-limited",
        `This client has made more than ${limit} requests in ${windowSeconds} s; retry in ${retryAfter} s.`,
      );
    }
    await next();
  };
}
