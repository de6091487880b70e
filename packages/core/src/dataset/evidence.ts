import type { DataError } from "./errors.js";
import { locateQuote } from "./quotes.js";
import { errorAt, type YamlFile } from "./yaml-file.js";

/** Keys that hold lists of evidence anywhere in a record. */
const EVIDENCE_KEYS = new Set(["evidence", "words", "mentions"]);

/**
 * Finds every evidence item in a record as authored and writes its character span in place,
 * reporting quotes that are not in their source, or are there more than once without saying which.
 */
export function resolveEvidenceSpans(
  raw: unknown,
  path: (string | number)[],
  yaml: YamlFile,
  texts: ReadonlyMap<string, string>,
  errors: DataError[],
): void {
  if (Array.isArray(raw)) {
    for (const [i, item] of raw.entries())
      resolveEvidenceSpans(item, [...path, i], yaml, texts, errors);
    return;
  }
  if (typeof raw !== "object" || raw === null) return;
  for (const [key, value] of Object.entries(raw)) {
    if (EVIDENCE_KEYS.has(key) && Array.isArray(value)) {
      for (const [i, item] of value.entries())
        resolveOne(item, [...path, key, i], yaml, texts, errors);
    } else {
      resolveEvidenceSpans(value, [...path, key], yaml, texts, errors);
    }
  }
}

function resolveOne(
  item: unknown,
  path: (string | number)[],
  yaml: YamlFile,
  texts: ReadonlyMap<string, string>,
  errors: DataError[],
): void {
  if (typeof item !== "object" || item === null) return;
  const evidence = item as Record<string, unknown>;
  for (const key of ["start", "end"] as const) {
    if (key in evidence)
      errors.push(
        errorAt(
          yaml,
          [...path, key],
          "computed-field",
          `${key} is computed by the build from the quote; remove it`,
        ),
      );
  }
  // placeholders keep the schema quiet about fields the build owns; any problem is reported here
  evidence.start = 0;
  evidence.end = 0;
  const { source, quote, occurrence } = evidence;
  if (typeof source !== "string" || typeof quote !== "string" || quote === "") return;
  const text = texts.get(source);
  if (text === undefined) {
    errors.push(
      errorAt(yaml, [...path, "source"], "missing-reference", `source "${source}" does not exist`),
    );
    return;
  }
  const found = locateQuote(text, quote, typeof occurrence === "number" ? occurrence : undefined);
  if (found.ok) {
    evidence.start = found.start;
    evidence.end = found.end;
    return;
  }
  if (found.reason === "not-found") {
    const hint =
      found.closest === null
        ? "nothing in it comes close"
        : `the closest passage is "${found.closest}"`;
    errors.push(
      errorAt(
        yaml,
        [...path, "quote"],
        "quote-not-found",
        `quote not found in source "${source}"; ${hint}`,
      ),
    );
  } else if (found.reason === "ambiguous") {
    errors.push(
      errorAt(
        yaml,
        [...path, "quote"],
        "quote-ambiguous",
        `quote occurs ${found.count} times in source "${source}" (at characters ${found.offsets.join(", ")}); say which with \`occurrence: 1\` to \`${found.count}\`, or quote more words`,
      ),
    );
  } else {
    errors.push(
      errorAt(
        yaml,
        [...path, "occurrence"],
        "quote-ambiguous",
        `occurrence ${String(occurrence)} asked for, but the quote occurs ${found.count} time${found.count === 1 ? "" : "s"} in source "${source}"`,
      ),
    );
  }
}
