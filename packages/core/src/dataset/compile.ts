import { createHash } from "node:crypto";
import type * as z from "zod";
import { ActorInputSchema } from "../schemas/actor.js";
import type { Dataset } from "../schemas/dataset.js";
import { DiscrepancyInputSchema } from "../schemas/discrepancy.js";
import { NewsEventInputSchema } from "../schemas/event.js";
import { FramingInputSchema } from "../schemas/framing.js";
import type { PartialDateInput } from "../schemas/partial-date.js";
import { PlaceInputSchema } from "../schemas/place.js";
import { SourceInputSchema } from "../schemas/source.js";
import { StatementInputSchema } from "../schemas/statement.js";
import { ContextNoteSchema, StorySchema } from "../schemas/story.js";
import { checkDataset, checkDates, type Located } from "./checks.js";
import { type Dated, resolveChronology } from "./chronology.js";
import { type DataError, formatPath } from "./errors.js";
import { anchorRecord, type SourceText, sourceText } from "./evidence.js";
import { describeIssues } from "./issues.js";
import { classifyFile, type DataFile, dirname, type StoryCollection } from "./layout.js";
import { errorAt, parseYamlFile, type YamlFile } from "./yaml-file.js";

export type CompileResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** What curators write in each story file: the input schemas, never the compiled ones. */
const COLLECTION_SCHEMAS = {
  events: NewsEventInputSchema,
  statements: StatementInputSchema,
  framings: FramingInputSchema,
  discrepancies: DiscrepancyInputSchema,
} as const;
const SINGULAR: Record<StoryCollection, string> = {
  events: "event",
  statements: "statement",
  framings: "framing",
  discrepancies: "discrepancy",
};
/** Fields the build computes: written by hand they are refused, with the reason. */
const COMPUTED = new Set([
  "start",
  "end",
  "codePoints",
  "prefix",
  "suffix",
  "sha256",
  "earliest",
  "latest",
  "edtf",
  "order",
]);

interface Pending {
  yaml: YamlFile;
  path: (string | number)[];
  raw: unknown;
  schema: z.ZodType;
  kind: string;
}

/** Compiles the files of a data folder into the checked dataset, or every problem found. */
export function compileDataset(files: readonly DataFile[]): CompileResult {
  const errors: DataError[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const texts = new Map<string, SourceText>();
  const pending: Pending[] = [];

  for (const file of files) {
    const role = classifyFile(file.path);
    // the studio's review notes are the curators' working state, never part of the dataset
    if (role.kind === "text" || role.kind === "doc" || role.kind === "review") continue;
    if (role.kind === "unknown") {
      errors.push(layoutError(file.path));
      continue;
    }
    const yaml = parseYamlFile(file.path, file.text);
    if ("code" in yaml) {
      errors.push(yaml);
      continue;
    }
    const value = yaml.value;
    if (role.kind === "source") {
      if (!isRecord(value)) {
        errors.push(
          errorAt(yaml, [], "schema", "a source file holds one mapping of the source's fields"),
        );
        continue;
      }
      const textFile =
        typeof value.text === "string"
          ? byPath.get(`${dirname(file.path)}/${value.text}`)
          : undefined;
      if (typeof value.text === "string" && !textFile)
        errors.push(
          errorAt(
            yaml,
            ["text"],
            "missing-reference",
            `text file "${dirname(file.path)}/${value.text}" does not exist`,
          ),
        );
      if (textFile) texts.set(role.source, sourceText(textFile.text));
      pending.push({
        yaml,
        path: [],
        raw: owned(value, "id", role.source, yaml, [], errors, "file name"),
        schema: SourceInputSchema,
        kind: "source",
      });
    } else if (role.kind === "shared") {
      const schema = role.collection === "actors" ? ActorInputSchema : PlaceInputSchema;
      for (const [i, raw] of listIn(yaml, role.collection, errors).entries())
        pending.push({
          yaml,
          path: [role.collection, i],
          raw,
          schema,
          kind: role.collection.slice(0, -1),
        });
    } else if (role.kind === "story") {
      if (!isRecord(value) || !isRecord(value.story)) {
        errors.push(errorAt(yaml, ["story"], "schema", "story.yaml needs a `story:` mapping"));
        continue;
      }
      const story = owned(value.story, "id", role.story, yaml, ["story"], errors, "folder name");
      pending.push({ yaml, path: ["story"], raw: story, schema: StorySchema, kind: "story" });
      const context = value.context === undefined ? [] : listIn(yaml, "context", errors);
      for (const [i, raw] of context.entries())
        pending.push({
          yaml,
          path: ["context", i],
          raw: withStory(raw, role.story),
          schema: ContextNoteSchema,
          kind: "context",
        });
    } else if (role.kind === "collection") {
      for (const [i, raw] of listIn(yaml, role.collection, errors).entries()) {
        const path = [role.collection, i];
        pending.push({
          yaml,
          path,
          raw: owned(raw, "story", role.story, yaml, path, errors, "folder's story"),
          schema: COLLECTION_SCHEMAS[role.collection],
          kind: SINGULAR[role.collection],
        });
      }
    }
  }

  const records: Located<unknown>[] = [];
  for (const item of pending) {
    const parsed = item.schema.safeParse(item.raw, { reportInput: true });
    if (!parsed.success) {
      errors.push(...schemaErrors(item, parsed.error.issues));
      continue;
    }
    let value = anchorRecord(parsed.data, item.path, { yaml: item.yaml, texts, errors });
    if (item.kind === "source") value = compiledSource(value as Record<string, unknown>, texts);
    records.push({ kind: item.kind, value, yaml: item.yaml, path: item.path });
  }
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const dated = records.filter((r) => r.kind === "event" || r.kind === "statement");
  for (const record of records) checkDates(record, errors);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const dates = resolveChronology(
    dated.map((r): Dated => {
      const v = r.value as { id: string; date: PartialDateInput };
      return { id: v.id, kind: r.kind as Dated["kind"], date: v.date, yaml: r.yaml, path: r.path };
    }),
    errors,
  );
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  for (const r of dated) {
    const v = r.value as { id: string; date: unknown };
    v.date = dates.get(v.id);
  }
  const checked = checkDataset(records, errors);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, dataset: checked };
}

function compiledSource(source: Record<string, unknown>, texts: ReadonlyMap<string, SourceText>) {
  const text = texts.get(String(source.id))?.text ?? "";
  return { ...source, text, sha256: createHash("sha256").update(text, "utf8").digest("hex") };
}

function schemaErrors(item: Pending, issues: readonly z.core.$ZodIssue[]): DataError[] {
  return describeIssues(issues).map(({ path, message }) => {
    const at = [...item.path, ...(path as (string | number)[])];
    const issue = issues.find(
      (i) => i.code === "unrecognized_keys" && formatPath(i.path) === formatPath(path),
    );
    if (issue?.code === "unrecognized_keys" && issue.keys.every((k) => COMPUTED.has(k))) {
      const keys = issue.keys.join(", ");
      return errorAt(
        item.yaml,
        [...at, issue.keys[0] as string],
        "computed-field",
        `${keys} ${issue.keys.length > 1 ? "are" : "is"} computed by the build; remove ${issue.keys.length > 1 ? "them" : "it"}`,
      );
    }
    return errorAt(item.yaml, at, "schema", message);
  });
}

/** Sets a field the layout owns (a source's id from its file name, a record's story from its folder). */
function owned(
  raw: unknown,
  key: string,
  value: string,
  yaml: YamlFile,
  path: (string | number)[],
  errors: DataError[],
  what: string,
): unknown {
  if (!isRecord(raw)) return raw;
  if (raw[key] !== undefined && raw[key] !== value)
    errors.push(
      errorAt(
        yaml,
        [...path, key],
        "layout",
        `${key} "${String(raw[key])}" differs from the ${what} "${value}"`,
      ),
    );
  return { ...raw, [key]: value };
}

function withStory(raw: unknown, story: string): unknown {
  return isRecord(raw) ? { ...raw, story } : raw;
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

function layoutError(file: string): DataError {
  const message = "this file has no place in the data layout (see data/README.md)";
  return { code: "layout", file, line: 0, column: 0, path: "", message };
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
