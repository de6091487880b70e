import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env.js";

/** where the problem types are documented; a stable prefix clients can match on */
export const PROBLEM_BASE = "https://dossier.dev/problems/";

export const PROBLEM_TYPES = {
  "invalid-parameter": { status: 400, title: "Invalid parameter" },
  "not-found": { status: 404, title: "Not found" },
  "route-not-found": { status: 404, title: "No such route" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "not-acceptable": { status: 406, title: "Not acceptable" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "internal-error": { status: 500, title: "Internal error" },
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

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
    type: z.url().meta({
      description: "A stable URI naming the kind of problem; match on it, not on the title.",
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
      .optional()
      .meta({ description: "For invalid parameters: each one and why." }),
  })
  .meta({
    id: "Problem",
    description: "An error, as RFC 9457 problem details (media type application/problem+json).",
  });
export type Problem = z.infer<typeof ProblemSchema>;

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
