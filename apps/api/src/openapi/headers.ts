import { CORS_EXPOSED_HEADERS } from "../http/base-headers.js";

// the response headers the API really sends, each bounded like a parameter; `headersOf` says which
// response carries which, and a test compares that with what the server sends

const INT32_MAX = 2_147_483_647;
const count = (description: string, minimum = 0) => ({
  description,
  schema: { type: "integer" as const, format: "int32", minimum, maximum: INT32_MAX },
});
const text = (description: string, maxLength: number, pattern: string) => ({
  description,
  schema: { type: "string" as const, maxLength, pattern },
});
const oneOf = (description: string, values: string[]) => ({
  description,
  schema: { type: "string" as const, enum: values },
});

const requestId = {
  "X-Request-Id": text(
    "The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem.",
    255,
    "^[\\w=-]+$",
  ),
};

const cors = {
  "Access-Control-Allow-Origin": oneOf(
    "Any origin may read the API; sent on every response, so caches hold one variant.",
    ["*"],
  ),
  "Access-Control-Expose-Headers": oneOf("The headers a browser script may read.", [
    CORS_EXPOSED_HEADERS,
  ]),
};

const vary = {
  Vary: oneOf(
    "What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header.",
    ["Accept-Encoding", "Accept-Encoding, Accept"],
  ),
};

const coding = {
  "Content-Encoding": oneOf(
    "gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform).",
    ["gzip", "deflate"],
  ),
};

const rateLimit = {
  "RateLimit-Limit": count("Requests allowed in a burst, when the rate limit is on."),
  "RateLimit-Remaining": count("Requests left in the current burst."),
  "RateLimit-Reset": count("Seconds until the allowance is full again."),
  "RateLimit-Policy": text(
    "The policy: burst size and refill window in seconds, e.g. `300;w=60`.",
    40,
    "^[0-9]+;w=[0-9]+$",
  ),
};

const cacheControl = (description: string) => ({
  "Cache-Control": text(description, 200, "^[\\x20-\\x7E]+$"),
});

const etag = {
  ETag: text(
    "A strong entity tag of this representation, naming its content coding; send it back in If-None-Match.",
    40,
    '^"[0-9a-z]+(?:-(?:gzip|deflate))?"$',
  ),
};

const paging = {
  Link: text(
    'The next page, as `<…>; rel="next"`, when there is one.',
    4096,
    '^<[^>]+>; rel="next"$',
  ),
  "X-Total-Count": count("How many records match, on all pages."),
};

/** what every response carries, whatever its status */
const common = { ...requestId, ...cors, ...vary, ...rateLimit };

/** the headers of each kind of response */
export const headersOf = {
  ok: {
    ...common,
    ...etag,
    ...cacheControl("How long to keep the representation: the data only changes with a new build."),
    ...coding,
  },
  list: {
    ...common,
    ...etag,
    ...cacheControl("How long to keep the representation: the data only changes with a new build."),
    ...coding,
    ...paging,
  },
  notModified: {
    ...common,
    ...etag,
    ...cacheControl("As on the 200 this revalidates."),
  },
  listNotModified: {
    ...common,
    ...etag,
    ...cacheControl("As on the 200 this revalidates."),
    ...paging,
  },
  problem: { ...common, ...cacheControl("Always `no-store`: errors are never cached."), ...coding },
  // refused before the compressor runs: never compressed
  tooMany: {
    ...common,
    ...cacheControl("Always `no-store`: errors are never cached."),
    "Retry-After": count("Seconds to wait before retrying.", 1),
  },
};
