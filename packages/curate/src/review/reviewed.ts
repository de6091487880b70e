import { parse } from "yaml";
import type { StatementSuggestion } from "../suggest/statements.js";
import { type QuoteInput, quoteAt } from "../write/records.js";
import { appendToList } from "../write/yaml-edit.js";

/**
 * Suggestions a curator rejected, kept in the story's folder (stories/<story>/reviewed.yaml) so a
 * reload, another curator or a later session does not offer them again, and so a reviewer sees in
 * the diff what was judged not worth recording. A rejection names the source and the suggestion's
 * words (with their occurrence), not offsets or an index: the words say what was rejected, and
 * they still match when the suggestion engine changes its order or finds more.
 */
export interface Rejection {
  source: string;
  evidence: QuoteInput[];
}

const HEADER =
  "# Suggestions the studio offered and a curator rejected: the studio does not offer them again.\n# Delete an entry to see its suggestion again. Not part of the dataset.\nrejected: []\n";

/** The rejection that names a suggestion of this source's text. */
export function rejectionOf(
  source: string,
  text: string,
  s: Pick<StatementSuggestion, "evidence">,
): Rejection {
  return { source, evidence: s.evidence.map((e) => quoteAt(text, e)) };
}

/** The rejections a reviewed.yaml holds; lenient, since it is the studio's file, not a record. */
export function readRejections(text: string): Rejection[] {
  const items = (parse(text || "{}") as { rejected?: unknown } | null)?.rejected;
  if (!Array.isArray(items)) return [];
  return items.filter(
    (r): r is Rejection =>
      typeof r?.source === "string" &&
      Array.isArray(r.evidence) &&
      r.evidence.every((e: QuoteInput) => typeof e?.quote === "string"),
  );
}

const same = (a: Rejection, b: Rejection) =>
  a.source === b.source &&
  a.evidence.length === b.evidence.length &&
  a.evidence.every(
    (e, i) =>
      e.quote === b.evidence[i]?.quote && (e.occurrence ?? 1) === (b.evidence[i]?.occurrence ?? 1),
  );

export function isRejected(rejections: readonly Rejection[], r: Rejection): boolean {
  return rejections.some((x) => same(x, r));
}

/** reviewed.yaml with one more rejection (the file is made on the first one); unchanged if known. */
export function addRejection(text: string, r: Rejection): string {
  const base = text.trim() ? text : HEADER;
  if (isRejected(readRejections(base), r)) return base;
  return appendToList(base, ["rejected"], r);
}
