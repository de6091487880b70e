import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export class IngestError extends Error {}

/** Larger than any news article's text by far: bigger input is a mistake, not a report. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type Attested<T> =
  | { status: "known"; value: T; note?: string }
  | { status: "likely"; value: T; note?: string }
  | { status: "unknown"; note: string };

export interface Extracted {
  text: string;
  title: Attested<string>;
  publisher: Attested<string>;
  url: Attested<string>;
  published: Attested<string>;
  language: string | undefined;
}

/** Decodes input bytes as UTF-8 text, refusing empty, binary and huge input with a clear reason. */
export function decodeInput(bytes: Uint8Array, what: string): string {
  if (bytes.byteLength === 0) throw new IngestError(`${what} is empty`);
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new IngestError(
      `${what} is ${bytes.byteLength} bytes, more than the ${MAX_INPUT_BYTES} a news text can be`,
    );
  }
  if (bytes.includes(0)) throw new IngestError(`${what} is binary, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new IngestError(`${what} is not UTF-8 text`);
  }
  if (!text.trim()) throw new IngestError(`${what} holds only whitespace`);
  return text;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<meta|<title|<!--)/i.test(text);
}

const unknown = (note: string): Attested<string> => ({ status: "unknown", note });

/**
 * The article's text and what the page says of itself. Readability finds the article (as Firefox's
 * reader view does); the text is its blocks, one paragraph to a line pair, whitespace as rendered.
 * Metadata the page states in its markup is known; a title guessed by Readability is only likely.
 */
export function extractHtml(html: string): Extracted {
  if (!looksLikeHtml(html) || !/<\/?[a-z][^>]*>/i.test(html)) {
    throw new IngestError("the file is not HTML: pass plain text with --text instead");
  }
  const { document } = parseHTML(html);
  const meta = (key: string) =>
    document
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute("content")
      ?.trim() || undefined;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const lang = document.documentElement?.getAttribute("lang")?.trim() || undefined;
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  if (!article?.content) throw new IngestError("no article text found in the page");
  const { document: content } = parseHTML(
    `<!doctype html><html><body>${article.content}</body></html>`,
  );
  const blocks = [...content.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")]
    .filter((el) => !el.querySelector("p, li, blockquote"))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = blocks.join("\n\n");
  if (!text) throw new IngestError("no article text found in the page");
  const url = meta("og:url") ?? canonical;
  const published = meta("article:published_time")?.slice(0, 10);
  const site = meta("og:site_name");
  const title = meta("og:title");
  return {
    text: `${text}\n`,
    title: title
      ? { status: "known", value: title, note: "The page's og:title." }
      : article.title
        ? { status: "likely", value: article.title, note: "Read from the page by Readability." }
        : unknown("The page shows no title."),
    publisher: site
      ? { status: "known", value: site, note: "The page's og:site_name." }
      : unknown("The page does not name its publisher."),
    url:
      url && /^https?:\/\//.test(url)
        ? { status: "known", value: url, note: "The page's own address (canonical or og:url)." }
        : unknown("The page does not state its address."),
    published:
      published && /^\d{4}-\d{2}-\d{2}$/.test(published)
        ? { status: "known", value: published, note: "The page's article:published_time." }
        : unknown("The page states no date."),
    language: lang?.split(/[-_]/)[0]?.toLowerCase(),
  };
}
