import approxSearch from "approx-string-match";
import { contextOf } from "./wire.js";

/** Where a quote stands in a source text, or why it cannot be placed. */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: "not-found"; closest: FuzzyMatch | null }
  | { ok: false; reason: "ambiguous"; count: number; offsets: number[] }
  | { ok: false; reason: "occurrence-out-of-range"; count: number };

/** The passage of a text that best matches a quote that is no longer (or never was) there. */
export interface FuzzyMatch {
  start: number;
  end: number;
  text: string;
  /** edits (insertions, deletions, substitutions) between the quote and the passage */
  errors: number;
}

export function allOccurrences(text: string, quote: string): number[] {
  const offsets: number[] = [];
  let from = text.indexOf(quote);
  while (from !== -1) {
    offsets.push(from);
    from = text.indexOf(quote, from + 1);
  }
  return offsets;
}

export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const offsets = allOccurrences(text, quote);
  if (offsets.length === 0)
    return { ok: false, reason: "not-found", closest: closestPassage(text, quote) };
  if (occurrence === undefined) {
    if (offsets.length > 1)
      return { ok: false, reason: "ambiguous", count: offsets.length, offsets };
    const start = offsets[0] as number;
    return { ok: true, start, end: start + quote.length };
  }
  const start = offsets[occurrence - 1];
  if (start === undefined)
    return { ok: false, reason: "occurrence-out-of-range", count: offsets.length };
  return { ok: true, start, end: start + quote.length };
}

/**
 * The passage most like the quote, allowing up to a quarter of its length in edits, so that a
 * corrected text (a stray character removed) or a misquote gets a suggested fix rather than a dead
 * end. approx-string-match is the bit-parallel matcher Hypothesis anchors annotations with.
 */
export function closestPassage(text: string, quote: string): FuzzyMatch | null {
  const maxErrors = Math.max(1, Math.floor(quote.length / 4));
  const matches = approxSearch(text, quote, maxErrors);
  let best: { start: number; end: number; errors: number } | undefined;
  for (const m of matches) {
    if (!best || m.errors < best.errors || (m.errors === best.errors && m.start < best.start))
      best = m;
  }
  if (!best) return null;
  return { ...best, text: text.slice(best.start, best.end) };
}

/**
 * Maps UTF-16 offsets of one text to code-point offsets. Most texts have no character outside the
 * Basic Multilingual Plane, where the two agree; the others get a table built once per text.
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = count;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      table[i + 1] = count;
      i++;
    }
    count++;
  }
  table[text.length] = count;
  return (offset) => table[offset] ?? count;
}

/** The span's anchors: code-point offsets and the context either side. */
export function anchorsOf(
  text: string,
  start: number,
  end: number,
  codePoints: (utf16Offset: number) => number = codePointCounter(text),
) {
  return {
    codePoints: { start: codePoints(start), end: codePoints(end) },
    ...contextOf(text, start, end),
  };
}
