import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env.js";

/**
 * Problem types are URI references relative to the API itself (RFC 9457 allows them): the same
 * string on every host, and each resolves to its own description, served by `problemTypeRoutes`.
 */
export const PROBLEM_BASE = "/problems/";

export const PROBLEM_TYPES = {
  "invalid-parameter": {
    status: 400,
    title: "Invalid parameter",
    description:
      "A parameter is malformed, out of range or unknown; `errors` names each one and says why. Fix the request before retrying.",
  },
  "not-found": {
    status: 404,
    title: "Not found",
    description:
      "No record of this kind has this id. Ids are stable; list the resource to find one.",
  },
  "route-not-found": {
    status: 404,
    title: "No such route",
    description: "No route matches this path. The routes are listed in /openapi.json.",
  },
  "method-not-allowed": {
    status: 405,
    title: "Method not allowed",
    description:
      "The API is read-only: the `Allow` header lists the methods this resource supports.",
  },
  "not-acceptable": {
    status: 406,
    title: "Not acceptable",
    description:
      "The Accept header allows none of the representations this resource has; `format` can name one instead.",
  },
  "rate-limited": {
    status: 429,
    title: "Too many requests",
    description:
      "This client has spent its allowance; wait for the seconds `Retry-After` gives. The RateLimit headers on every response show what is left.",
  },
  "internal-error": {
    status: 500,
    title: "Internal error",
    description:
      "A fault of the service, not of the request. Quote the request id when reporting it.",
  },
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** a request with a thousand unknown parameters gets a problem of bounded size */
export const MAX_PARAMETER_ERRORS = 50;

export const ParameterErrorSchema = z
  .object({
    parameter: z
      .string()
      .meta({ description: "The name of the offending parameter.", example: "limit" }),
    in: z.enum(["query", "path", "header"]).meta({ description: "Where the parameter was given." }),
    detail: z
      .string()
      .meta({ description: "Why the value was refused.", example: "must be at most 100" }),
  })
  .meta({ id: "ParameterError", description: "One invalid parameter and why it was refused." });
export type ParameterError = z.infer<typeof ParameterErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z
      .string()
      .startsWith(PROBLEM_BASE)
      .meta({
        description:
          "A stable URI reference naming the kind of problem; match on it, not on the title. It resolves, against the API's address, to a description of the problem.",
        example: `${PROBLEM_BASE}invalid-parameter`,
      }),
    title: z.string().meta({
      description: "A short summary of the kind of problem.",
      example: "Invalid parameter",
    }),
    status: z.int().min(400).max(599).meta({ description: "The HTTP status code.", example: 400 }),
    detail: z.string().meta({
      description: "What went wrong with this request, in plain words.",
      example: "1 query parameter is invalid.",
    }),
    instance: z.string().meta({
      description: "The path of the request that failed.",
      example: "/v1/events?limit=500",
    }),
    requestId: z.string().meta({ description: "The request id, as in the X-Request-Id header." }),
    errors: z
      .array(ParameterErrorSchema)
      .max(MAX_PARAMETER_ERRORS)
      .optional()
      .meta({
        description: `For invalid parameters: each one and why (the first ${MAX_PARAMETER_ERRORS}).`,
      }),
  })
  .meta({
    id: "Problem",
    description: "An error, as RFC 9457 problem details (media type application/problem+json).",
  });
export type Problem = z.infer<typeof ProblemSchema>;

/** the URIs of the problem types a status can carry, for the document's enums */
export function problemUrisOf(status: number): [string, ...string[]] {
  const uris = Object.entries(PROBLEM_TYPES)
    .filter(([, t]) => t.status === status)
    .map(([name]) => `${PROBLEM_BASE}${name}`);
  if (!uris[0]) throw new Error(`no problem type has status ${status}`);
  return [uris[0], ...uris.slice(1)];
}

/**
 * The problem a status answers with, its `type` narrowed to the types that status can carry, so a
 * generated client gets a union to switch on rather than a string.
 */
export function problemSchemaOf(status: number, id: string) {
  return ProblemSchema.extend({
    type: z.enum(problemUrisOf(status)).meta({
      description: `The kind of problem: one of the types a ${status} carries. Match on it, not on the title.`,
    }),
    status: z.literal(status).meta({ description: "The HTTP status code." }),
  }).meta({ id, description: `A ${status} problem (RFC 9457, application/problem+json).` });
}

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** the problem document for this request, served as application/problem+json */
export function problem(
  c: Context<AppEnv>,
  type: ProblemType,
  detail: string,
  extra: { errors?: ParameterError[]; headers?: Record<string, string> } = {},
): Response {
  const { status, title } = PROBLEM_TYPES[type];
  const url = new URL(c.req.url);
  const body: Problem = {
    type: `${PROBLEM_BASE}${type}`,
    title,
    status,
    detail,
    instance: `${url.pathname}${url.search}`,
    requestId: c.get("requestId") ?? "",
  };
  if (extra.errors) body.errors = extra.errors;
  for (const [name, value] of Object.entries(extra.headers ?? {})) c.header(name, value);
  c.header("Cache-Control", "no-store");
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    "Content-Type": PROBLEM_MEDIA_TYPE,
  });
}
