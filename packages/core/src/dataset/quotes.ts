/** Where a quote stands in a source text, or why it cannot be placed. */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: "not-found"; closest: string | null }
  | { ok: false; reason: "ambiguous"; count: number; offsets: number[] }
  | { ok: false; reason: "occurrence-out-of-range"; count: number };

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

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const t = s.toLowerCase().replace(/\s+/g, " ");
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of a) {
    total += n;
    const m = b.get(g);
    if (m) shared += Math.min(n, m);
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The passage of the text most like the quote (word-aligned windows of the quote's length,
 * compared by character bigrams), so a curator sees at once what the source really says.
 */
export function closestPassage(text: string, quote: string): string | null {
  const target = bigrams(quote);
  const wordStarts = [0];
  for (let i = 1; i < text.length; i++) {
    if (/\s/.test(text[i - 1] as string) && !/\s/.test(text[i] as string)) wordStarts.push(i);
  }
  let best: { score: number; start: number } | null = null;
  for (const start of wordStarts) {
    const window = text.slice(start, start + quote.length);
    const score = dice(target, bigrams(window));
    if (!best || score > best.score) best = { score, start };
  }
  if (!best || best.score < 0.3) return null;
  // end the passage at a word boundary near the quote's length
  let end = Math.min(text.length, best.start + quote.length);
  while (
    end < text.length &&
    !/\s/.test(text[end] as string) &&
    end - best.start < quote.length + 20
  )
    end++;
  return text.slice(best.start, end);
}
