/** A stretch of a source text, with offsets in UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

// ICU's sentence rules (Intl.Segmenter) know abbreviations and paragraph breaks; a regex does not
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The text's sentences, trimmed of surrounding whitespace, with their offsets. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body) out.push({ text: body, start: index + lead, end: index + lead + body.length });
  }
  return out;
}

/** The span with surrounding whitespace and the given trailing characters cut off. */
export function trimSpan(text: string, span: Span, trailing = ",;:"): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (
    end > start &&
    (/\s/.test(text[end - 1] ?? "") || trailing.includes(text[end - 1] ?? ""))
  ) {
    end--;
  }
  return { start, end };
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
];

/** Spans inside quotation marks (the marks included), straight or curly. */
export function quotedSpans(text: string, within: Span): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(within.start, within.end);
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = slice.indexOf(open, from);
      if (a < 0) break;
      const b = slice.indexOf(close, a + 1);
      if (b < 0) break;
      spans.push({ start: within.start + a, end: within.start + b + 1 });
      from = b + 1;
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
