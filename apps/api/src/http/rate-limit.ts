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
  /** buckets kept at most; full ones are dropped first when it is reached */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** a token bucket per client, in memory: fine for one process, which is what this serves */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const { limit, windowSeconds, clientKey } = options;
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const perMs = limit / (windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();
  const policy = `${limit};w=${windowSeconds}`;

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(limit, bucket.tokens + (at - bucket.updated) * perMs);
    bucket.updated = at;
  };

  const evict = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= limit) buckets.delete(key);
    }
    // everyone is mid-burst: forget the oldest rather than grow without bound
    while (buckets.size >= maxClients) {
      const oldest = buckets.keys().next().value;
      if (oldest === undefined) break;
      buckets.delete(oldest);
    }
  };

  return async (c, next) => {
    const at = now();
    const key = clientKey(c);
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= maxClients) evict(at);
      bucket = { tokens: limit, updated: at };
      buckets.set(key, bucket);
    } else {
      refill(bucket, at);
    }
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
