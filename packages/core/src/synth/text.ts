import { allOccurrences } from "../dataset/quotes.js";
import type { QuoteInput } from "../schemas/evidence.js";

/** A span of a text being written, so the words can be quoted back once the text is whole. */
export interface Span {
  start: number;
  end: number;
}

/** Writes a source's text piece by piece, remembering where each piece went. */
export class TextWriter {
  private parts: string[] = [];
  private length = 0;

  /** appends words and returns where they stand */
  add(words: string): Span {
    const span = { start: this.length, end: this.length + words.length };
    this.parts.push(words);
    this.length += words.length;
    return span;
  }

  text(): string {
    return this.parts.join("");
  }
}

/** The words at a span as a quote, with the occurrence where the same words come earlier too. */
export function quoteAt(text: string, span: Span): QuoteInput {
  const quote = text.slice(span.start, span.end);
  const offsets = allOccurrences(text, quote);
  if (offsets.length <= 1) return { quote };
  return { quote, occurrence: offsets.indexOf(span.start) + 1 };
}

/** Words of one source, quoted once its text is whole; `named` adds the source (shared files). */
export class Quote {
  constructor(
    readonly source: number,
    readonly span: Span,
    readonly named = false,
  ) {}
}
