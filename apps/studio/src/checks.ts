import { StatementInputSchema } from "@dossier/core";
import type * as z from "zod";
import { locate, type StudioData } from "./context.js";

export interface CheckMessage {
  /** where in the record, as the data check writes paths: attestations[0].evidence[1].quote */
  path: string;
  /** the form field it belongs beside */
  field: string;
  message: string;
}

// a record path's first keys name the form field that holds it
function fieldOf(path: (string | number)[]): string {
  const [first, , third] = path;
  if (first === "attestations") {
    if (third === "evidence") return "evidence";
    if (third === "occasion") return "occasionQuote";
    return typeof third === "string" ? third : "evidence";
  }
  if (first === "date") return path.includes("resolution") ? "dateReasoning" : "dateValue";
  return String(first ?? "id");
}

export const at = (path: readonly PropertyKey[]) =>
  path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join("");

/** Messages from a schema's issues, built from their codes, each beside the field `fieldOf` names. */
export function issueMessages(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: (string | number)[]) => string,
): CheckMessage[] {
  return issues.map((i) => {
    const path = i.path as (string | number)[];
    const message =
      i.code === "too_small"
        ? "must not be empty"
        : i.code === "invalid_value"
          ? `must be one of: ${i.values.join(", ")}`
          : i.message;
    return { path: at(path), field: fieldOf(path), message };
  });
}

/**
 * The checks a statement must pass before it is written: the input schema, then what the data
 * check would say of it (ids unique and known, every quote found in its source as written).
 */
export function checkStatement(
  record: Record<string, unknown>,
  data: StudioData,
  options: { replacing?: string } = {},
): CheckMessage[] {
  // the folder gives a record its story; the schema is core's, as the data check uses it
  const parsed = StatementInputSchema.safeParse({ ...record, story: "story" });
  if (!parsed.success) return issueMessages(parsed.error.issues, fieldOf);
  const st = parsed.data;
  const messages: CheckMessage[] = [];
  const say = (path: (string | number)[], message: string) =>
    messages.push({ path: at(path), field: fieldOf(path), message });
  if (st.id !== options.replacing && data.statements.some((s) => s.id === st.id))
    say(["id"], `"${st.id}" is taken`);
  const actors = new Set(data.actors.map((a) => a.id));
  const events = new Set(data.events.map((e) => e.id));
  if (st.speaker && !actors.has(st.speaker)) say(["speaker"], `no actor "${st.speaker}"`);
  for (const key of ["addressees", "targets", "mentions"] as const) {
    st[key].forEach((id, i) => {
      if (!actors.has(id)) say([key, i], `no actor "${id}"`);
    });
  }
  st.about.forEach((id, i) => {
    if (!events.has(id)) say(["about", i], `no event "${id}"`);
  });
  if (st.communication && !events.has(st.communication))
    say(["communication"], `no event "${st.communication}"`);
  st.attestations.forEach((a, i) => {
    const text = data.sources.find((s) => s.id === a.source)?.text;
    if (text === undefined) {
      say(["attestations", i, "source"], `no source "${a.source}" in this story`);
      return;
    }
    const quotes: [(string | number)[], { quote: string; occurrence?: number | undefined }][] = [
      ...a.evidence.map(
        (e, j) =>
          [["attestations", i, "evidence", j, "quote"], e] as [(string | number)[], typeof e],
      ),
    ];
    if (a.speakerName) quotes.push([["attestations", i, "speakerName", "quote"], a.speakerName]);
    if (a.cue) quotes.push([["attestations", i, "cue", "quote"], a.cue]);
    if (a.occasion?.words)
      quotes.push([["attestations", i, "occasion", "words", "quote"], a.occasion.words]);
    for (const [path, q] of quotes) {
      if (!locate(text, q.quote, q.occurrence ?? 1)) {
        say(
          path,
          `"${q.quote}" is not in ${a.source}${q.occurrence ? ` ${q.occurrence} times` : ""}`,
        );
      } else if (!q.occurrence && locate(text, q.quote, 2)) {
        say(path, `"${q.quote}" occurs more than once in ${a.source}: say which occurrence`);
      }
    }
  });
  return messages;
}
