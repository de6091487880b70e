import type { Dataset } from "@dossier/core";
import { loadDataset } from "@dossier/core/load";
import { createRoute, z } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { accessLog, type LogSink } from "./http/access-log.js";
import { baseHeaders, DOCS_CONTENT_SECURITY_POLICY } from "./http/base-headers.js";
import { compression } from "./http/compress.js";
import { ApiProblem } from "./http/errors.js";
import { conditionalGet, NotModified, notModifiedResponse } from "./http/etag.js";
import { jsonBody, type RecordJsonStats, recordJson } from "./http/json-bytes.js";
import { allowedMethods } from "./http/methods.js";
import { problem } from "./http/problem.js";
import {
  createRateLimiter,
  type RateLimiter,
  type RateLimitOptions,
  rateLimit,
} from "./http/rate-limit.js";
import { requestId } from "./http/request-id.js";
import {
  type CacheStats,
  type ResponseCache,
  type ResponseCacheOptions,
  responseCache,
} from "./http/response-cache.js";
import { withExamples } from "./openapi/examples.js";
import {
  documentResponses,
  type OpenApiDocument,
  requireDefaults,
  withRepresentations,
} from "./openapi/responses.js";
import { HealthSchema } from "./openapi/schemas.js";
import { createRouter } from "./router.js";
import { actorRoutes } from "./routes/actors.js";
import { eventTypeRoutes } from "./routes/event-types.js";
import { eventRoutes } from "./routes/events.js";
import { placeRoutes } from "./routes/places.js";
import { problemTypeRoutes } from "./routes/problems.js";
import { searchRoutes } from "./routes/search.js";
import { sourceRoutes } from "./routes/sources.js";
import { statementRoutes } from "./routes/statements.js";
import { storyRoutes } from "./routes/stories.js";
import { createStore } from "./store.js";

export interface AppOptions {
  /** where access logs go, one JSON line each; false for none */
  log?: LogSink | false;
  /**
   * the per-client token bucket; false turns it off. On (300 per 60 s) by default only when
   * `clientAddress` is given: without it every client would share one bucket
   */
  rateLimit?: Omit<RateLimitOptions, "clientKey"> | false;
  /** the client's address, for the rate limit and the logs; the Node server passes the socket's */
  clientAddress?: (c: Context<AppEnv>) => string;
  /** Cache-Control of successful reads */
  cacheControl?: string;
  /** the API's public address (e.g. https://api.example.org), for the absolute URLs in JSON-LD */
  publicUrl?: string;
  /** where /docs loads Scalar's script from: its CDN unless the host serves a copy */
  docsScript?: string;
  /**
   * the dataset's version, part of every entity tag, if the host has it (server.ts takes core's
   * build's hash of the compiled dataset file); otherwise the dataset is hashed at start
   */
  fingerprint?: string;
  /** finished responses kept in memory as bytes, replayed on the same request; false for none */
  responseCache?: ResponseCacheOptions | false;
  /** bytes of the dataset's records kept as JSON, to be copied into responses that hold them */
  recordJsonBytes?: number;
}

/** the default bound of the records' JSON kept encoded (see json-bytes.ts) */
export const DEFAULT_RECORD_JSON_BYTES = 64 * 1024 * 1024;

/** the response cache's default bound */
export const DEFAULT_RESPONSE_CACHE = { maxBytes: 64 * 1024 * 1024 };

export const API_VERSION = "1.0.0";

export const DEFAULT_RATE_LIMIT = { limit: 300, windowSeconds: 60 };

export type { OpenApiDocument };

const health = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Service"],
  operationId: "health",
  summary: "Health check",
  description: "Answers 200 while the service is up, with the dataset it serves.",
  request: { query: z.strictObject({}) },
  responses: documentResponses(HealthSchema, "The service is up."),
});

// core's own dataset by default, read on the first call: importing it would load it into every
// process that imports the app, the server's own choice of dataset or not
export function createApp(dataset: Dataset = loadDataset().dataset, options: AppOptions = {}) {
  const store = createStore(dataset, options.fingerprint);
  const clientAddress = options.clientAddress ?? (() => "unknown");
  const limits = options.rateLimit ?? (options.clientAddress ? DEFAULT_RATE_LIMIT : false);
  if (limits && !options.clientAddress)
    throw new Error("rateLimit needs clientAddress: without it all clients would share one bucket");

  const app = createRouter();

  app.use(requestId());
  const publicUrl = options.publicUrl?.replace(/\/+$/, "");
  app.use(async (c, next) => {
    c.set("publicUrl", publicUrl);
    await next();
  });
  const log = options.log === false ? undefined : (options.log ?? ((line) => console.log(line)));
  if (log) app.use(accessLog(log, clientAddress));
  app.use(baseHeaders());
  const limiter = limits ? createRateLimiter(limits) : undefined;
  if (limiter) app.use(rateLimit({ limiter, clientKey: clientAddress }));
  // after the rate limit, so hits count; before compression, so hits replay the compressed bytes
  const cacheOptions = options.responseCache ?? DEFAULT_RESPONSE_CACHE;
  const cache = cacheOptions ? responseCache(cacheOptions) : undefined;
  if (cache) app.use(cache);
  const json = recordJson({
    // every collection's records (version is the one field that is not a list)
    records: () => {
      const { version: _version, ...collections } = store.dataset;
      return Object.values(collections) as readonly object[][];
    },
    maxBytes: options.recordJsonBytes ?? DEFAULT_RECORD_JSON_BYTES,
  });
  app.use(jsonBody(json.encode));
  app.use(compression());
  app.use(
    conditionalGet(
      store.fingerprint,
      options.cacheControl ?? "public, max-age=300, must-revalidate",
    ),
  );

  const routes = app
    .openapi(health, (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(
        {
          status: "ok" as const,
          dataset: { fingerprint: store.fingerprint, counts: store.counts },
        },
        200,
      );
    })
    .route("/v1/stories", storyRoutes(store))
    .route("/v1/events", eventRoutes(store))
    .route("/v1/statements", statementRoutes(store))
    .route("/v1/actors", actorRoutes(store))
    .route("/v1/places", placeRoutes(store))
    .route("/v1/sources", sourceRoutes(store))
    .route("/v1/search", searchRoutes(store))
    .route("/v1/event-types", eventTypeRoutes())
    .route("/problems", problemTypeRoutes());

  // built on first use: its examples run a timeline and a search, which at 1,000 stories took
  // seconds of start-up (the search index loads on first search)
  let built: OpenApiDocument | undefined;
  const openApiDocument = (): OpenApiDocument =>
    (built ??= withExamples(
      requireDefaults(
        withRepresentations(
          app.getOpenAPI31Document({
            openapi: "3.1.0",
            info: {
              title: "Dossier API",
              version: API_VERSION,
              description:
                "Read-only access to Dossier's curated dataset: stories, the events and statements curated from their sources, the actors and places involved, and the sources' full texts with every evidence span annotated.\n\nLists share one envelope (`data` and `page`), cursor pagination, filters and `sort`; every list is also available as CSV or NDJSON (`Accept` or `format`), and single records as schema.org JSON-LD (`Accept: application/ld+json`). Errors are RFC 9457 problem documents whose `type` resolves to a description of the problem (see /problems/{type}); an unknown path answers 404, and a method other than GET, HEAD or OPTIONS on a resource 405 with `Allow`. Responses carry strong ETags that name their content coding; the data changes only with a new build. Every response lists the headers it sends (CORS for any origin, X-Request-Id, RateLimit-* when the limit is on, ETag, Cache-Control, Vary); all also carry the same fixed security headers, not listed each time: Content-Security-Policy, Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options, Referrer-Policy, Cross-Origin-Opener-Policy and Cross-Origin-Resource-Policy.",
              license: { name: "MIT", url: "https://opensource.org/license/mit" },
            },
            // public (x-internal: false); relative to where the document is served unless pinned
            servers: [
              publicUrl
                ? {
                    url: publicUrl,
                    description: "This production deployment.",
                    "x-internal": false,
                  }
                : {
                    url: "/",
                    description:
                      "The host serving this document: a local server (`pnpm start`, http://127.0.0.1:8787) or a production deployment.",
                    "x-internal": false,
                  },
            ],
            // public and read-only: no operation needs credentials
            security: [],
            tags: [
              {
                name: "Stories",
                description: "News stories, with their timeline and a comparison of their sources.",
              },
              {
                name: "Events",
                description: "What happened: typed, dated, placed, with who took part.",
              },
              {
                name: "Statements",
                description: "Who said what, to whom, about what, and how the sources carry it.",
              },
              {
                name: "Actors",
                description: "People and organisations that act, speak or are acted upon.",
              },
              { name: "Places", description: "Where events happen." },
              {
                name: "Sources",
                description: "The news texts, in full, with every evidence span annotated.",
              },
              {
                name: "Search",
                description: "Ranked full-text search across every kind of record.",
              },
              { name: "Taxonomy", description: "The event types, mapped to CAMEO and PLOVER." },
              { name: "Service", description: "The service itself." },
            ],
          }),
        ),
      ),
      store,
    ));
  let documentJson: string | undefined;

  routes.get("/openapi.json", (c) => {
    documentJson ??= JSON.stringify(openApiDocument());
    return c.body(documentJson, 200, { "Content-Type": "application/json; charset=utf-8" });
  });
  routes.get(
    "/docs",
    async (c, next) => {
      c.header("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
      await next();
    },
    Scalar({
      url: "/openapi.json",
      pageTitle: "Dossier API",
      ...(options.docsScript && { cdn: options.docsScript }),
    }),
  );
  routes.get("/", (c) =>
    c.json(
      {
        name: "Dossier API",
        version: API_VERSION,
        openapi: "/openapi.json",
        docs: "/docs",
        resources: Object.fromEntries(
          [
            "stories",
            "events",
            "statements",
            "actors",
            "places",
            "sources",
            "search",
            "event-types",
          ].map((r) => [r, `/v1/${r}`]),
        ),
      },
      200,
    ),
  );

  const methods = allowedMethods(routes.routes);
  routes.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = methods(path);
    if (allow) {
      c.header("Allow", allow);
      if (c.req.method === "OPTIONS") return c.body(null, 204);
      return problem(
        c,
        "method-not-allowed",
        `${c.req.method} is not supported here; this resource allows ${allow}.`,
      );
    }
    return problem(
      c,
      "route-not-found",
      `No route matches ${path}; the routes are listed at /openapi.json.`,
    );
  });
  routes.onError((error, c) => {
    if (error instanceof NotModified) return notModifiedResponse(c);
    if (error instanceof ApiProblem)
      return problem(c, error.type, error.detail, error.errors ? { errors: error.errors } : {});
    if (options.log !== false) {
      (options.log ?? console.error)(
        JSON.stringify({
          time: new Date().toISOString(),
          level: "error",
          msg: String(error),
          stack: error instanceof Error ? error.stack : undefined,
          requestId: c.get("requestId"),
        }),
      );
    }
    return problem(c, "internal-error", "The request could not be completed.");
  });

  // what a server needs to answer cache hits before hono (see http/replay.ts)
  const replay = cache && { cache, limiter, log };

  return Object.defineProperty(
    Object.assign(routes, { store, responseCache: cache?.stats, recordJson: json.stats, replay }),
    "document",
    {
      get: openApiDocument,
      enumerable: true,
    },
  ) as typeof routes & {
    store: typeof store;
    responseCache: (() => CacheStats) | undefined;
    recordJson: () => RecordJsonStats;
    replay:
      | { cache: ResponseCache; limiter: RateLimiter | undefined; log: LogSink | undefined }
      | undefined;
    readonly document: OpenApiDocument;
  };
}

export type AppType = ReturnType<typeof createApp>;
