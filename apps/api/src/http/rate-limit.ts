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

/** one request's verdict, and the headers that tell the client where it stands */
export interface RateDecision {
  allowed: boolean;
  /** RateLimit-Policy, -Limit, -Remaining, -Reset, and Retry-After when refused */
  headers: [string, string][];
  retryAfter: number;
}

export type RateLimiter = ((client: string) => RateDecision) & {
  limit: number;
  windowSeconds: number;
};

/**
 * A token bucket per client, in memory: fine for one process, which is what this serves. The map
 * is kept in order of last use (Map keeps insertion order, and a seen client is moved to the end),
 * so forgetting the least recent client when full costs one step, not a scan of every client.
 * One limiter serves both the middleware and the server's replay of cached responses, so a
 * client's requests count the same whichever path answers them. A refused request takes no token,
 * so asking again at once is refused again.
 */
export function createRateLimiter(options: Omit<RateLimitOptions, "clientKey">): RateLimiter {
  const { limit, windowSeconds } = options;
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const perMs = limit / (windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();
  const policy = `${limit};w=${windowSeconds}`;
  const limitText = String(limit);

  const take = (key: string): RateDecision => {
    const at = now();
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
    const headers: [string, string][] = [
      ["RateLimit-Policy", policy],
      ["RateLimit-Limit", limitText],
      ["RateLimit-Remaining", String(Math.floor(bucket.tokens))],
      ["RateLimit-Reset", String(Math.ceil((limit - bucket.tokens) / perMs / 1000))],
    ];
    let retryAfter = 0;
    if (!allowed) {
      retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      headers.push(["Retry-After", String(retryAfter)]);
    }
    return { allowed, headers, retryAfter };
  };
  return Object.assign(take, { limit, windowSeconds });
}

/** the limiter as a middleware: its headers on every response, 429 once a client's bucket is empty */
export function rateLimit(
  options: RateLimitOptions | { limiter: RateLimiter; clientKey: RateLimitOptions["clientKey"] },
): MiddlewareHandler<AppEnv> {
  const limiter = "limiter" in options ? options.limiter : createRateLimiter(options);
  const { clientKey } = options;
  return async (c, next) => {
    const decision = limiter(clientKey(c));
    for (const [name, value] of decision.headers) c.header(name, value);
    if (!decision.allowed)
      throw new ApiProblem(
        "rate-limited",
        `This client has made more than ${limiter.limit} requests in ${limiter.windowSeconds} s; retry in ${decision.retryAfter} s.`,
      );
    await next();
  };
}
