import { randomBytes } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

// a process's ids share a random prefix and count up from it: unique across replicas and restarts
// without a random UUID per request, which showed in the profile of a hot record
const PREFIX = randomBytes(9).toString("base64url");
let counter = 0;

/**
 * The request's id: the client's X-Request-Id when it is a plain token of at most 255 characters
 * (hono's rule, so a proxy's id follows the request through), else a new one.
 */
export function requestIdFor(given: string | undefined): string {
  if (given && given.length <= 255 && !/[^\w\-=]/.test(given)) return given;
  counter++;
  return `${PREFIX}-${counter.toString(36)}`;
}

/** sets the request's id for the handlers and the logs, and sends it back as X-Request-Id */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = requestIdFor(c.req.header("X-Request-Id"));
    c.set("requestId", id);
    c.header("X-Request-Id", id);
    await next();
  };
}
