import type { RequestIdVariables } from "hono/request-id";

/** what the middleware chain hands every handler */
export type AppEnv = {
  Variables: RequestIdVariables;
};
