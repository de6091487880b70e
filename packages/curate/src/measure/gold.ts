import type { Span } from "../suggest/text.js";

/** One curated evidence span: the gold standard the suggestions are measured against. */
export interface GoldSpan extends Span {
  statement: string;
  source: string;
  speaker: string | null;
  act: string;
  /** the attestation's quotation and attribution, where the curated record says */
  quotation?: string;
  attribution?: string;
}

interface QuoteLike {
  source?: string;
  quotation?: string;
  attribution?: string;
  quote: string;
  occurrence?: number;
}

/**
 * The curated statements' evidence, located in their sources' texts. Reads both the shape with
 * `evidence: [{ source, quote }]` and the one with `attestations: [{ source, evidence: [...] }]`,
 * so the measure survives the change of model.
 */
export function goldSpans(
  statements: readonly Record<string, unknown>[],
  texts: ReadonlyMap<string, string>,
): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const st of statements) {
    const quotes: QuoteLike[] = [];
    for (const e of (st.evidence as QuoteLike[] | undefined) ?? []) quotes.push(e);
    for (const a of (st.attestations as Record<string, unknown>[] | undefined) ?? []) {
      for (const e of (a.evidence as QuoteLike[] | undefined) ?? []) {
        quotes.push({
          ...e,
          source: a.source as string,
          quotation: a.quotation as string,
          attribution: a.attribution as string,
        });
      }
    }
    for (const q of quotes) {
      const text = q.source ? texts.get(q.source) : undefined;
      if (!text || !q.source) continue;
      const start = nthIndex(text, q.quote, q.occurrence ?? 1);
      if (start < 0) continue;
      out.push({
        statement: String(st.id),
        source: q.source,
        speaker: (st.speaker as string | null | undefined) ?? null,
        act: String(st.act),
        ...(q.quotation ? { quotation: q.quotation } : {}),
        ...(q.attribution ? { attribution: q.attribution } : {}),
        start,
        end: start + q.quote.length,
      });
    }
  }
  return out;
}

function nthIndex(text: string, quote: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
