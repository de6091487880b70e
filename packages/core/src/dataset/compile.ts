import { createHash } from "node:crypto";
import type * as z from "zod";
import { ActorSchema } from "../schemas/actor.js";
import type { Dataset } from "../schemas/dataset.js";
import { DiscrepancySchema } from "../schemas/discrepancy.js";
import { NewsEventSchema } from "../schemas/event.js";
import { FramingSchema } from "../schemas/framing.js";
import { PlaceSchema } from "../schemas/place.js";
import { SourceSchema } from "../schemas/source.js";
import { StatementSchema } from "../schemas/statement.js";
import { ContextNoteSchema, StorySchema } from "../schemas/story.js";
import { checkDataset, type Located } from "./checks.js";
import { type DataError, formatPath } from "./errors.js";
import { resolveEvidenceSpans } from "./evidence.js";
import { classifyFile, type DataFile, dirname, type StoryCollection } from "./layout.js";
import { errorAt, parseYamlFile, type YamlFile } from "./yaml-file.js";

export type CompileResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

const COLLECTION_SCHEMAS = {
  events: NewsEventSchema,
  statements: StatementSchema,
  framings: FramingSchema,
  discrepancies: DiscrepancySchema,
} as const;

/** Compiles the files of a data folder into the checked dataset, or every problem found. */
export function compileDataset(files: readonly DataFile[]): CompileResult {
  const errors: DataError[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const parsed: { yaml: YamlFile; role: ReturnType<typeof classifyFile> }[] = [];
  for (const file of files) {
    const role = classifyFile(file.path);
    if (role.kind === "text" || role.kind === "doc") continue;
    if (role.kind === "unknown") {
      errors.push(
        layoutError(file.path, "this file has no place in the data layout (see data/README.md)"),
      );
      continue;
    }
    const yaml = parseYamlFile(file.path, file.text);
    if ("code" in yaml) errors.push(yaml);
    else parsed.push({ yaml, role });
  }

  const records: Located<unknown>[] = [];
  const texts = new Map<string, string>();
  const pending: {
    yaml: YamlFile;
    path: (string | number)[];
    raw: unknown;
    schema: z.ZodType;
    kind: string;
  }[] = [];

  // sources first: every quote is checked against their texts
  for (const { yaml, role } of parsed) {
    if (role.kind !== "source") continue;
    const raw = yaml.value;
    if (!isRecord(raw)) {
      errors.push(
        errorAt(yaml, [], "schema", "a source file holds one mapping of the source's fields"),
      );
      continue;
    }
    if (raw.id !== undefined && raw.id !== role.source) {
      errors.push(
        errorAt(
          yaml,
          ["id"],
          "layout",
          `id "${String(raw.id)}" differs from the file name "${role.source}"`,
        ),
      );
    }
    raw.id = role.source;
    if (typeof raw.text !== "string") {
      errors.push(
        errorAt(yaml, ["text"], "schema", "text must name the file that holds the source's text"),
      );
      continue;
    }
    const textPath = `${dirname(yaml.file)}/${raw.text}`;
    const textFile = byPath.get(textPath);
    if (!textFile) {
      errors.push(
        errorAt(yaml, ["text"], "missing-reference", `text file "${textPath}" does not exist`),
      );
      continue;
    }
    if (raw.sha256 !== undefined)
      errors.push(
        errorAt(yaml, ["sha256"], "computed-field", "sha256 is computed by the build; remove it"),
      );
    raw.text = textFile.text;
    raw.sha256 = createHash("sha256").update(textFile.text, "utf8").digest("hex");
    texts.set(role.source, textFile.text);
    pending.push({ yaml, path: [], raw, schema: SourceSchema, kind: "source" });
  }

  for (const { yaml, role } of parsed) {
    const value = yaml.value;
    if (role.kind === "shared") {
      const list = listIn(yaml, role.collection, errors);
      const schema = role.collection === "actors" ? ActorSchema : PlaceSchema;
      for (const [i, raw] of list.entries()) {
        pending.push({
          yaml,
          path: [role.collection, i],
          raw,
          schema,
          kind: role.collection.slice(0, -1),
        });
      }
    } else if (role.kind === "story") {
      if (!isRecord(value) || !isRecord(value.story)) {
        errors.push(errorAt(yaml, ["story"], "schema", "story.yaml needs a `story:` mapping"));
        continue;
      }
      if (value.story.id !== undefined && value.story.id !== role.story) {
        errors.push(
          errorAt(
            yaml,
            ["story", "id"],
            "layout",
            `id "${String(value.story.id)}" differs from the folder name "${role.story}"`,
          ),
        );
      }
      value.story.id = role.story;
      pending.push({ yaml, path: ["story"], raw: value.story, schema: StorySchema, kind: "story" });
      const context = value.context === undefined ? [] : listIn(yaml, "context", errors);
      context.forEach((raw, i) => {
        if (isRecord(raw)) raw.story = role.story;
        pending.push({
          yaml,
          path: ["context", i],
          raw,
          schema: ContextNoteSchema,
          kind: "context",
        });
      });
    } else if (role.kind === "collection") {
      const list = listIn(yaml, role.collection, errors);
      list.forEach((raw, i) => {
        if (isRecord(raw)) {
          if (raw.story !== undefined && raw.story !== role.story) {
            errors.push(
              errorAt(
                yaml,
                [role.collection, i, "story"],
                "layout",
                `story "${String(raw.story)}" differs from the folder's story "${role.story}"`,
              ),
            );
          }
          raw.story = role.story;
        }
        pending.push({
          yaml,
          path: [role.collection, i],
          raw,
          schema: COLLECTION_SCHEMAS[role.collection],
          kind: singular(role.collection),
        });
      });
    }
  }

  for (const item of pending) {
    if (item.kind !== "source") resolveEvidenceSpans(item.raw, item.path, item.yaml, texts, errors);
    const result = item.schema.safeParse(item.raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [...item.path, ...(issue.path as (string | number)[])];
        errors.push(
          errorAt(item.yaml, path, "schema", describeIssue(issue, valueAt(item.raw, issue.path))),
        );
      }
      continue;
    }
    records.push({ kind: item.kind, value: result.data, yaml: item.yaml, path: item.path });
  }

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const checked = checkDataset(records);
  if (checked.errors.length > 0) return { ok: false, errors: sortErrors(checked.errors) };
  return { ok: true, dataset: checked.dataset };
}

function singular(collection: StoryCollection): string {
  return {
    events: "event",
    statements: "statement",
    framings: "framing",
    discrepancies: "discrepancy",
  }[collection];
}

function listIn(yaml: YamlFile, key: string, errors: DataError[]): unknown[] {
  const value = yaml.value;
  const list = isRecord(value) ? value[key] : undefined;
  if (!Array.isArray(list)) {
    errors.push(errorAt(yaml, [key], "schema", `expected a list under \`${key}:\``));
    return [];
  }
  return list;
}

function layoutError(file: string, message: string): DataError {
  return { code: "layout", file, line: 0, column: 0, path: "", message };
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (value === undefined && issue.code !== "custom") {
    const expected = issue.message
      .replace(/^Invalid (input|option): /, "")
      .replace(/, received undefined$/, "");
    return `required field is missing: ${expected}`;
  }
  return issue.message;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function sortErrors(errors: DataError[]): DataError[] {
  return errors.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export { formatPath };
