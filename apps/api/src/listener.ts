import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { AppType } from "./app.js";
import { replayCached } from "./http/replay.js";

/**
 * The client's address, for the rate limit and the logs: behind one reverse proxy, the last
 * X-Forwarded-For entry is the client the proxy saw; without `trustProxy` the header is ignored,
 * since any client can write it.
 */
export function clientAddressOf(
  forwarded: string | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  const proxied = trustProxy ? forwarded?.split(",").at(-1)?.trim() : undefined;
  return proxied || (socketAddress ?? "unknown");
}

/**
 * The app as a node:http request listener: cache hits are answered before hono (see
 * http/replay.ts) unless `replay` is false, everything else by hono through its node adapter.
 */
export function nodeListener(
  app: Pick<AppType, "fetch" | "replay">,
  trustProxy: boolean,
  options: { replay?: boolean } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const respond = getRequestListener(app.fetch);
  const replay =
    options.replay !== false && app.replay
      ? replayCached({
          ...app.replay,
          clientOf: (req) => {
            const forwarded = req.headers["x-forwarded-for"];
            return clientAddressOf(
              typeof forwarded === "string" ? forwarded : undefined,
              req.socket.remoteAddress,
              trustProxy,
            );
          },
        })
      : undefined;
  return (req, res) => {
    if (!replay?.(req, res)) void respond(req, res);
  };
}
