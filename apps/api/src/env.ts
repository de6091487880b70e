import type { RequestIdVariables } from "hono/request-id";

/** what the middleware chain hands every handler */
export type AppEnv = {
  Variables: RequestIdVariables & {
    /** changes whenever the dataset does; part of every entity tag */
    fingerprint: string;
    /** Cache-Control of successful reads */
    cacheControl: string;
    /** the API's public address, for absolute URLs (JSON-LD ids); the request's origin when unset */
    publicUrl: string | undefined;
    /** set for whole-list exports, streamed and possibly large: the response cache keeps no copy */
    streamed: boolean;
    /** the response `c.json` made and the bytes it was made from (see jsonBody) */
    sentJson: { res: Response; body: Uint8Array<ArrayBuffer> };
  };
};
