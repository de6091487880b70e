import type { RecordKind } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { looseDateProblem, partialDateProblem } from "./dates.js";
import type { DataError } from "./errors.js";
import { RULES } from "./rules.js";
import { errorAt, type YamlFile } from "./yaml-file.js";

/** A schema-valid record and where it was written. */
export interface Located<T> {
  kind: string;
  value: T;
  yaml: YamlFile;
  path: (string | number)[];
}

type Target = Exclude<RecordKind, "framing" | "discrepancy"> | "framing" | "discrepancy";

/** Where each kind of record points at others: a path pattern (`*` for every list item) and the kind it names. */
const REFERENCES: Record<string, [string, Target][]> = {
  actor: [
    ["memberOf.*", "actor"],
    ["roles.*.of", "actor"],
    ["roles.*.context.*", "context"],
  ],
  place: [["within", "place"]],
  story: [["sources.*", "source"]],
  context: [["story", "story"]],
  event: [
    ["story", "story"],
    ["place", "place"],
    ["participants.*.actor", "actor"],
    ["relations.*.event", "event"],
    ["context.*", "context"],
    ["date.resolution.context.*", "context"],
    ["attestations.*.source", "source"],
    ["attestations.*.by", "actor"],
    ["attestations.*.statement", "statement"],
  ],
  statement: [
    ["story", "story"],
    ["speaker", "actor"],
    ["communication", "event"],
    ["addressees.*", "actor"],
    ["targets.*", "actor"],
    ["mentions.*", "actor"],
    ["about.*", "event"],
    ["context.*", "context"],
    ["date.resolution.context.*", "context"],
    ["attestations.*.source", "source"],
  ],
  framing: [
    ["story", "story"],
    ["terms.*.source", "source"],
    ["terms.*.speaker", "actor"],
  ],
  discrepancy: [
    ["story", "story"],
    ["sides.*.source", "source"],
    ["sides.*.context", "context"],
    ["context.*", "context"],
  ],
};

/** Checks references and the rules no schema can state; returns the dataset in its compiled shape. */
export function checkDataset(records: Located<unknown>[], errors: DataError[]): Dataset {
  const byId = new Map<string, Located<unknown>>();
  for (const record of records) {
    const id = (record.value as { id: string }).id;
    const first = byId.get(id);
    if (first) {
      errors.push(
        errorAt(
          record.yaml,
          [...record.path, "id"],
          "duplicate-id",
          `id "${id}" is already used by the ${first.kind} at ${first.yaml.file}:${first.yaml.locate([...first.path, "id"]).line}`,
        ),
      );
    } else byId.set(id, record);
  }

  const refersTo = (
    record: Located<unknown>,
    path: (string | number)[],
    id: string,
    kind: Target,
  ) => {
    const target = byId.get(id);
    if (!target)
      errors.push(
        errorAt(record.yaml, path, "missing-reference", `${kind} "${id}" does not exist`),
      );
    else if (target.kind !== kind)
      errors.push(
        errorAt(
          record.yaml,
          path,
          "missing-reference",
          `"${id}" is a ${target.kind}, not a ${kind}`,
        ),
      );
  };

  const storySources = new Map<string, Set<string>>();
  for (const r of records)
    if (r.kind === "story")
      storySources.set(
        (r.value as { id: string }).id,
        new Set((r.value as { sources: string[] }).sources),
      );
  const cited = new Set<string>();

  for (const record of records) {
    for (const [pattern, kind] of REFERENCES[record.kind] ?? []) {
      for (const { path, value } of valuesAt(record.value, pattern.split("."))) {
        if (typeof value === "string") refersTo(record, [...record.path, ...path], value, kind);
      }
    }
    const value = record.value as Record<string, unknown>;
    if (record.kind === "framing" || record.kind === "discrepancy") {
      const refs =
        record.kind === "framing"
          ? [{ path: ["referent"], ref: value.referent }]
          : ((value.about as unknown[]) ?? []).map((ref, i) => ({ path: ["about", i], ref }));
      for (const { path, ref } of refs) {
        const { kind, id } = ref as { kind: Target; id: string };
        refersTo(record, [...record.path, ...path, "id"], id, kind);
      }
    }
    const story =
      typeof value.story === "string" && record.kind !== "context" ? value.story : undefined;
    const reported = new Set<string>();
    for (const { path, value: ev } of evidenceIn(record.value, [])) {
      const source = (ev as { source: string }).source;
      cited.add(source);
      const allowed = story ? storySources.get(story) : undefined;
      if (allowed && !allowed.has(source)) {
        // a quote inside an attestation, a term or a side takes its source from there: say so there
        const container = path.slice(0, -2);
        const from = valuesAt(record.value, [...container.map(String), "source"]);
        const at = from[0]?.value === source ? [...container, "source"] : [...path, "source"];
        if (reported.has(at.join("."))) continue;
        reported.add(at.join("."));
        errors.push(
          errorAt(
            record.yaml,
            [...record.path, ...at],
            "missing-reference",
            `source "${source}" is not one of story "${story}"'s sources`,
          ),
        );
      }
    }
    const rule = RULES[record.kind];
    if (rule)
      for (const [path, message] of rule(value, byId))
        errors.push(errorAt(record.yaml, [...record.path, ...path], "rule", message));
  }

  for (const record of records) {
    if (record.kind !== "source") continue;
    const id = (record.value as { id: string }).id;
    if (!cited.has(id))
      errors.push(
        errorAt(
          record.yaml,
          ["id"],
          "uncited-source",
          `source "${id}" is cited by no record: quote it as evidence, or remove it`,
        ),
      );
  }

  const of = <T>(kind: string) => records.filter((r) => r.kind === kind).map((r) => r.value as T);
  return {
    version: 2 as const,
    stories: of("story"),
    sources: of("source"),
    actors: of("actor"),
    places: of("place"),
    events: of("event"),
    statements: of("statement"),
    framings: of("framing"),
    discrepancies: of("discrepancy"),
    context: of("context"),
  } as Dataset;
}

/** Dates that are no dates, checked before the chronology is worked out from them. */
export function checkDates(record: Located<unknown>, errors: DataError[]) {
  walk(record.value, [], (node, path) => {
    if ("value" in node && "precision" in node && "resolution" in node) {
      const problem = partialDateProblem(String(node.value), node.precision as never);
      if (problem)
        errors.push(
          errorAt(record.yaml, [...record.path, ...path, "value"], "invalid-date", problem),
        );
      if (node.partOfDay && node.precision !== "day" && node.precision !== "time") {
        errors.push(
          errorAt(
            record.yaml,
            [...record.path, ...path, "partOfDay"],
            "invalid-date",
            "partOfDay needs a day- or time-precision date",
          ),
        );
      }
      if (node.periodPart && node.precision !== "month" && node.precision !== "year") {
        errors.push(
          errorAt(
            record.yaml,
            [...record.path, ...path, "periodPart"],
            "invalid-date",
            "periodPart needs a month- or year-precision date",
          ),
        );
      }
    }
  });
  if (record.kind === "actor") {
    const roles = (record.value as { roles: { from?: string; to?: string }[] }).roles;
    roles.forEach((role, i) => {
      for (const key of ["from", "to"] as const) {
        const problem = role[key] === undefined ? null : looseDateProblem(role[key]);
        if (problem)
          errors.push(
            errorAt(record.yaml, [...record.path, "roles", i, key], "invalid-date", problem),
          );
      }
    });
  }
}

function walk(
  node: unknown,
  path: (string | number)[],
  visit: (node: Record<string, unknown>, path: (string | number)[]) => void,
) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walk(item, [...path, i], visit);
  } else if (typeof node === "object" && node !== null) {
    visit(node as Record<string, unknown>, path);
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], visit);
  }
}

function evidenceIn(
  node: unknown,
  path: (string | number)[],
): { path: (string | number)[]; value: unknown }[] {
  const found: { path: (string | number)[]; value: unknown }[] = [];
  walk(node, path, (n, p) => {
    if (typeof n.quote === "string" && typeof n.source === "string" && typeof n.start === "number")
      found.push({ path: p, value: n });
  });
  return found;
}

function valuesAt(
  node: unknown,
  keys: string[],
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (keys.length === 0) return node === undefined ? [] : [{ path, value: node }];
  const [key, ...rest] = keys as [string, ...string[]];
  if (key === "*")
    return Array.isArray(node) ? node.flatMap((item, i) => valuesAt(item, rest, [...path, i])) : [];
  if (typeof node !== "object" || node === null) return [];
  return valuesAt((node as Record<string, unknown>)[key], rest, [...path, key]);
}
