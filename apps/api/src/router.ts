import { type RecordKind, type RecordRef, recordJsonLd } from "@dossier/core";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { ApiProblem } from "./http/errors.js";
import { RECORD_MEDIA } from "./http/negotiate.js";
import type { ParameterError } from "./http/problem.js";
import type { AlternateRepresentation } from "./http/respond.js";
import type { Store } from "./store.js";

type Issue = {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
};

function describeIssue(issue: Issue): string {
  if (issue.code === "invalid_type" && issue.message.includes("received array")) {
    return "give this parameter once; separate several values with commas";
  }
  if (issue.code === "invalid_format" && issue.message.toLowerCase().includes("date")) {
    return "must be a calendar date, YYYY-MM-DD";
  }
  return issue.message
    .replace(/^Invalid input: /, "")
    .replace(/^Too big: expected number to be <=/, "must be at most ")
    .replace(/^Too small: expected number to be >=/, "must be at least ");
}

/** zod issues as the problem document's `errors`: each parameter named, with why */
export function parameterErrors(target: string, issues: readonly Issue[]): ParameterError[] {
  const where: ParameterError["in"] =
    target === "param" ? "path" : target === "header" ? "header" : "query";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? (issue.keys ?? []).map((key) => ({
          parameter: key,
          in: where,
          detail: "unknown parameter",
        }))
      : [{ parameter: String(issue.path[0] ?? ""), in: where, detail: describeIssue(issue) }],
  );
}

/** a sub-app whose failed validations become 400 problems naming each parameter */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const errors = parameterErrors(result.target, result.error.issues as Issue[]);
      if (result.target === "param") {
        // a malformed id cannot name a record: that is a missing record, not a bad request
        const id = errors.find((e) => e.parameter === "id");
        if (id)
          throw new ApiProblem(
            "not-found",
            "There is no record with this id: ids are lowercase words joined by hyphens.",
          );
      }
      const count = errors.length;
      throw new ApiProblem(
        "invalid-parameter",
        `${count} ${result.target === "param" ? "path" : "query"} parameter${count === 1 ? " is" : "s are"} invalid.`,
        errors,
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
export function expansions<T extends string>(expand: string | undefined): Set<T> {
  return new Set(
    (expand ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean) as T[],
  );
}
