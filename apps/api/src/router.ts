import { type RecordKind, type RecordRef, recordJsonLd } from "@dossier/core";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { ApiProblem } from "./http/errors.js";
import { RECORD_MEDIA } from "./http/negotiate.js";
import { parameterErrors } from "./http/parameter-errors.js";
import { MAX_PARAMETER_ERRORS } from "./http/problem.js";
import type { AlternateRepresentation } from "./http/respond.js";
import type { Store } from "./store.js";

/** a sub-app whose failed validations become 400 problems naming each parameter */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const input = (result as { data?: unknown }).data;
      const errors = parameterErrors(
        result.target,
        result.error.issues,
        input && typeof input === "object" ? (input as Record<string, unknown>) : {},
      );
      // a malformed id cannot name a record: that is a missing record, not a bad request
      if (result.target === "param") {
        const [first] = errors;
        throw new ApiProblem(
          "not-found",
          first?.parameter === "id"
            ? "There is no record with this id: ids are lowercase words joined by hyphens."
            : `Nothing here has this ${first?.parameter ?? "path"}: it ${first?.detail ?? "is unknown"}.`,
        );
      }
      const count = errors.length;
      throw new ApiProblem(
        "invalid-parameter",
        `${count} ${result.target === "header" ? "header" : "query"} parameter${count === 1 ? " is" : "s are"} invalid.`,
        errors.slice(0, MAX_PARAMETER_ERRORS),
      );
    },
  });
}

const COLLECTIONS: Partial<Record<RecordKind, string>> = {
  story: "stories",
  event: "events",
  statement: "statements",
  actor: "actors",
  place: "places",
  source: "sources",
};

/** each record's IRI: its URL in this API, or a URN for kinds the API serves no route for */
export function recordUrl(c: Context<AppEnv>): (ref: RecordRef) => string {
  const origin = c.get("publicUrl") ?? new URL(c.req.url).origin;
  return (r: RecordRef) => {
    const collection = COLLECTIONS[r.kind];
    return collection ? `${origin}/v1/${collection}/${r.id}` : `urn:dossier:${r.kind}:${r.id}`;
  };
}

/** a record as schema.org JSON-LD (core's mapping), each node's @id its URL in this API */
export function jsonLd(c: Context<AppEnv>, store: Store, ref: RecordRef): AlternateRepresentation {
  const node = recordJsonLd(store.dataset, ref, recordUrl(c));
  if (!node) throw new ApiProblem("not-found", `There is no ${ref.kind} with the id '${ref.id}'.`);
  return c.body(JSON.stringify(node), 200, {
    "Content-Type": `${RECORD_MEDIA.jsonld}; charset=utf-8`,
  }) as unknown as AlternateRepresentation;
}

/** the `expand` parameter as a set */
export function expansions<T extends string>(expand: readonly T[] | undefined): Set<T> {
  return new Set(expand);
}
