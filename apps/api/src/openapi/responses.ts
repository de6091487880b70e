import type { OpenAPIHono, z } from "@hono/zod-openapi";
import {
  PROBLEM_BASE,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_TYPES,
  type ProblemType,
  problemSchemaOf,
} from "../http/problem.js";
import { headersOf } from "./headers.js";

const problem = (
  description: string,
  schema: z.ZodType,
  example: { type: ProblemType; detail: string },
) => {
  const { status, title } = PROBLEM_TYPES[example.type];
  return {
    description,
    headers: headersOf.problem,
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema,
        example: {
          type: `${PROBLEM_BASE}${example.type}`,
          title,
          status,
          detail: example.detail,
          instance: "/v1/…",
          requestId: "0b6c9e5e-0a53-4f1e-8a8c-2f4b7d1c9a10",
        },
      },
    },
  };
};

export const errorResponses = {
  400: problem(
    "A parameter is malformed or out of range; `errors` names each and says why.",
    problemSchemaOf(400, "BadRequestProblem"),
    { type: "invalid-parameter", detail: "1 query parameter is invalid." },
  ),
  404: problem(
    "No record has this id, or no route this path.",
    problemSchemaOf(404, "NotFoundProblem"),
    { type: "not-found", detail: "There is no event with the id 'ev-unknown'." },
  ),
  406: problem(
    "None of the representations the Accept header allows is available here.",
    problemSchemaOf(406, "NotAcceptableProblem"),
    {
      type: "not-acceptable",
      detail:
        "This resource is available as application/json, text/csv, application/x-ndjson; the Accept header allows none of them.",
    },
  ),
  429: {
    ...problem(
      "Too many requests from this client; wait for Retry-After seconds.",
      problemSchemaOf(429, "TooManyRequestsProblem"),
      {
        type: "rate-limited",
        detail: "This client has made more than 300 requests in 60 s; retry in 1 s.",
      },
    ),
    headers: headersOf.tooMany,
  },
  500: problem(
    "A fault of the service; the request id helps find it in the logs.",
    problemSchemaOf(500, "InternalErrorProblem"),
    { type: "internal-error", detail: "The request could not be completed." },
  ),
} as const;

/**
 * The CSV, NDJSON and JSON-LD representations are declared under this key, outside `content`, so
 * that the typed client sees each route's JSON body alone; `withRepresentations` moves them into
 * `content` in the published document.
 */
const REPRESENTATIONS = "x-representations";

type OperationLike = { responses?: Record<string, Record<string, unknown>> };

export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/** the bodies of the exports, streamed whole: text of no fixed length */
const EXPORT_SCHEMAS = {
  CsvExport: { type: "string" as const, description: "RFC 4180 CSV with a header row." },
  NdjsonExport: { type: "string" as const, description: "One JSON record per line." },
};

export function withRepresentations(document: OpenApiDocument): OpenApiDocument {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...EXPORT_SCHEMAS },
  };
  for (const item of Object.values(document.paths ?? {}) as Record<string, unknown>[]) {
    for (const operation of Object.values(item) as OperationLike[]) {
      for (const response of Object.values(operation.responses ?? {})) {
        const extra = response[REPRESENTATIONS];
        if (!extra) continue;
        response.content = { ...(response.content as object), ...(extra as object) };
        delete response[REPRESENTATIONS];
      }
    }
  }
  return document;
}

const notModified = {
  304: {
    description: "Not modified: the representation still matches If-None-Match.",
    headers: headersOf.notModified,
  },
};

const listNotModified = {
  304: { ...notModified[304], headers: headersOf.listNotModified },
};

export function listResponses<T extends z.ZodType>(
  schema: T,
  description: string,
  csvExample: string,
  ndjsonExample: string,
) {
  return {
    200: {
      description: `${description} In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the \`Link\` header gives the next page and \`X-Total-Count\` the total.`,
      headers: headersOf.list,
      content: { "application/json": { schema } },
      [REPRESENTATIONS]: {
        "text/csv": { schema: { $ref: "#/components/schemas/CsvExport" }, example: csvExample },
        "application/x-ndjson": {
          schema: { $ref: "#/components/schemas/NdjsonExport" },
          example: ndjsonExample,
        },
      },
    },
    ...listNotModified,
    ...errorResponses,
  } as const;
}

export function recordResponses<T extends z.ZodType>(
  schema: T,
  description: string,
  jsonLdType: string,
) {
  return {
    200: {
      description: `${description} With \`Accept: application/ld+json\`, a schema.org ${jsonLdType} in JSON-LD.`,
      headers: headersOf.ok,
      content: { "application/json": { schema } },
      [REPRESENTATIONS]: {
        "application/ld+json": {
          schema: { type: "object", description: `A schema.org ${jsonLdType}, in JSON-LD.` },
        },
      },
    },
    ...notModified,
    ...errorResponses,
  } as const;
}

/** a document served only as JSON-LD, its shape still described by a schema */
export function jsonLdResponses<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: { description, headers: headersOf.ok, content: { "application/ld+json": { schema } } },
    ...notModified,
    ...errorResponses,
  } as const;
}

export function documentResponses<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: { description, headers: headersOf.ok, content: { "application/json": { schema } } },
    ...notModified,
    ...errorResponses,
  } as const;
}

/**
 * Core's schemas give many fields a default (`[]`, `false`), which makes them optional to a parser.
 * Every schema here describes a response, where the default has been applied, so such fields are
 * always present: list them as required, so generated clients do not type them as optional.
 */
export function requireDefaults(document: OpenApiDocument): OpenApiDocument {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    const schema = node as {
      properties?: Record<string, { default?: unknown }>;
      required?: string[];
    };
    if (schema.properties && typeof schema.properties === "object") {
      const defaulted = Object.entries(schema.properties)
        .filter(([, property]) => property && typeof property === "object" && "default" in property)
        .map(([name]) => name);
      if (defaulted.length)
        schema.required = [...new Set([...(schema.required ?? []), ...defaulted])];
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(document.components);
  for (const item of Object.values(document.paths ?? {}) as Record<
    string,
    { responses?: unknown }
  >[]) {
    for (const operation of Object.values(item)) visit(operation.responses);
  }
  return document;
}
