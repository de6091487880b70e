import type { Evidence } from "../schemas/evidence.js";
import type { DataError } from "./errors.js";
import { anchorsOf, codePointCounter, locateQuote } from "./quotes.js";
import { LIST_KEYS, SINGLE_KEYS } from "./wire.js";
import { errorAt, type YamlFile } from "./yaml-file.js";

/** A source's text, with its code-point counter built once. */
export interface SourceText {
  text: string;
  codePoints: (utf16Offset: number) => number;
}

export function sourceText(text: string): SourceText {
  return { text, codePoints: codePointCounter(text) };
}

interface AnchorContext {
  yaml: YamlFile;
  texts: ReadonlyMap<string, SourceText>;
  errors: DataError[];
}

/**
 * Returns a record as the build emits it: every quote found in its source and anchored (offsets in
 * UTF-16 and code points, context either side). A quote inside an attestation, a framing term or a
 * side of a discrepancy takes its source from there. Problems are reported, located, in ctx.errors;
 * the record is then still returned, for further checks, with the quote unanchored at 0.
 */
export function anchorRecord<T>(input: T, path: (string | number)[], ctx: AnchorContext): T {
  return anchorNode(input, path, undefined, ctx) as T;
}

function anchorNode(
  node: unknown,
  path: (string | number)[],
  source: string | undefined,
  ctx: AnchorContext,
): unknown {
  if (Array.isArray(node))
    return node.map((item, i) => anchorNode(item, [...path, i], source, ctx));
  if (typeof node !== "object" || node === null) return node;
  const record = node as Record<string, unknown>;
  const own = typeof record.source === "string" ? record.source : source;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const at = [...path, key];
    if (LIST_KEYS.has(key) && Array.isArray(value)) {
      out[key] = value.map((item, i) => anchorQuote(item, [...at, i], own, ctx));
    } else if (SINGLE_KEYS.has(key) && isQuote(value)) {
      out[key] = anchorQuote(value, at, own, ctx);
    } else {
      out[key] = anchorNode(value, at, own, ctx);
    }
  }
  return out;
}

function isQuote(value: unknown): value is { quote: string } {
  return typeof value === "object" && value !== null && "quote" in value;
}

function anchorQuote(
  item: unknown,
  path: (string | number)[],
  inherited: string | undefined,
  ctx: AnchorContext,
): unknown {
  if (!isQuote(item)) return item;
  const given = item as { source?: string; quote: string; occurrence?: number; note?: string };
  const source = given.source ?? inherited;
  const unanchored = { ...given, source, start: 0, end: 0, codePoints: { start: 0, end: 0 } };
  const fail = (key: string, code: DataError["code"], message: string) => {
    ctx.errors.push(errorAt(ctx.yaml, [...path, key], code, message));
    return { ...unanchored, prefix: "", suffix: "" };
  };
  if (source === undefined) return fail("quote", "schema", "this quote names no source");
  const text = ctx.texts.get(source);
  if (text === undefined)
    return fail(
      given.source ? "source" : "quote",
      "missing-reference",
      `source "${source}" does not exist`,
    );
  const found = locateQuote(text.text, given.quote, given.occurrence);
  if (found.ok) {
    const evidence: Evidence = {
      ...given,
      source,
      start: found.start,
      end: found.end,
      ...anchorsOf(text.text, found.start, found.end, text.codePoints),
    };
    return evidence;
  }
  if (found.reason === "not-found") {
    const hint =
      found.closest === null
        ? "nothing in it comes close"
        : `the closest passage, ${found.closest.errors} edit${found.closest.errors === 1 ? "" : "s"} away at characters ${found.closest.start}-${found.closest.end}, reads "${found.closest.text}": if the text was corrected, quote that instead`;
    return fail("quote", "quote-not-found", `quote not found in source "${source}"; ${hint}`);
  }
  if (found.reason === "ambiguous")
    return fail(
      "quote",
      "quote-ambiguous",
      `quote occurs ${found.count} times in source "${source}" (at characters ${found.offsets.join(", ")}); say which with \`occurrence: 1\` to \`${found.count}\`, or quote more words`,
    );
  return fail(
    "occurrence",
    "quote-ambiguous",
    `occurrence ${String(given.occurrence)} asked for, but the quote occurs ${found.count} time${found.count === 1 ? "" : "s"} in source "${source}"`,
  );
}
