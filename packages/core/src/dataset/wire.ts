import type { Dataset } from "../schemas/dataset.js";

/**
 * The compiled dataset as core's build writes it (dataset.json) and every loader reads it. An
 * evidence span is stored as its offsets alone, `[start, end]`: its quote, prefix and suffix are
 * slices of its source's text, its source the one named by the record around it, its code points
 * the same offsets unless the text has characters outside the Basic Multilingual Plane. The spans
 * were half of dataset.json (36 of 73 MB at 1,000 stories), and decoding and parsing that JSON was
 * most of a host's start-up. Pure: the reader and browsers load it through data.js too.
 */
export const WIRE_FORMAT = "dossier-dataset/2";

export interface WireDataset {
  format: typeof WIRE_FORMAT;
  /** the first 16 characters of the SHA-256 of `dataset`'s JSON as written, base64url */
  fingerprint: string;
  dataset: unknown;
}

/** How much text either side of a quote is kept for re-anchoring (as Hypothesis keeps it). */
export const CONTEXT_LENGTH = 32;

/** Keys whose value is a list of quotes or evidence (the build anchors these). */
export const LIST_KEYS = new Set(["evidence", "words", "mentions"]);
/** Keys whose value is one quote. */
export const SINGLE_KEYS = new Set(["speakerName", "cue", "words"]);

/** The span's context either side, as a W3C TextQuoteSelector keeps it. */
export function contextOf(text: string, start: number, end: number) {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

// the keys an anchored span ends with, in the order the build writes them
const ANCHOR_KEYS = ["start", "end", "codePoints", "prefix", "suffix"];

/** `[start, end]`, `[start, end, cpStart, cpEnd]`, or those four and the curator's keys in order */
type WireSpan = [number, number] | [number, number, number, number, Record<string, unknown>?];

type Path = (string | number)[];
const where = (path: Path) =>
  path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");

function textsOf(sources: unknown, what: string): Map<string, string> {
  if (!Array.isArray(sources)) throw new Error(`${what}: "sources" is not a list`);
  const texts = new Map<string, string>();
  for (const s of sources as { id?: unknown; text?: unknown }[]) {
    if (typeof s?.id === "string" && typeof s.text === "string") texts.set(s.id, s.text);
  }
  return texts;
}

/** The dataset in the wire form (build time): throws where a span is not what the build makes. */
export function toWire(ds: Dataset): unknown {
  const texts = textsOf(ds.sources, "the dataset");
  const walk = (node: unknown, path: Path, inherited: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i], inherited));
    if (typeof node !== "object" || node === null) return node;
    const record = node as Record<string, unknown>;
    const own = typeof record.source === "string" ? record.source : inherited;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      const at = [...path, key];
      if (LIST_KEYS.has(key) && Array.isArray(value))
        out[key] = value.map((item, i) => spanToWire(item, [...at, i], own, texts));
      else if (SINGLE_KEYS.has(key) && isSpan(value)) out[key] = spanToWire(value, at, own, texts);
      else out[key] = walk(value, at, own);
    }
    return out;
  };
  return walk(ds, [], undefined);
}

function isSpan(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "quote" in value;
}

function spanToWire(
  item: unknown,
  path: Path,
  inherited: string | undefined,
  texts: ReadonlyMap<string, string>,
): unknown {
  // the wire form tells spans from other values by their being lists of numbers
  if (Array.isArray(item) || typeof item === "number")
    throw new Error(
      `${where(path)}: a ${typeof item === "number" ? "number" : "list"} where a quote was expected`,
    );
  if (!isSpan(item)) return item;
  const keys = Object.keys(item);
  const head = keys.slice(0, keys.length - ANCHOR_KEYS.length);
  const { source, quote, start, end, codePoints, prefix, suffix } = item as {
    source: string;
    quote: string;
    start: number;
    end: number;
    codePoints: { start: number; end: number };
    prefix: string;
    suffix: string;
  };
  const text = texts.get(source);
  const context = text === undefined ? undefined : contextOf(text, start, end);
  if (
    keys.slice(head.length).join() !== ANCHOR_KEYS.join() ||
    context === undefined ||
    context.prefix !== prefix ||
    context.suffix !== suffix
  )
    throw new Error(
      `${where(path)}: not an evidence span as the build anchors one (source "${source}", ${start}-${end})`,
    );
  const cp =
    codePoints.start === start && codePoints.end === end ? [] : [codePoints.start, codePoints.end];
  const sliced = text?.slice(start, end) === quote;
  if (head.join() === "quote,source" && source === inherited && sliced)
    return cp.length ? [start, end, ...cp] : [start, end];
  const extra = Object.fromEntries(head.map((k) => [k, k === "quote" && sliced ? 0 : item[k]]));
  return [start, end, codePoints.start, codePoints.end, extra];
}

/** The dataset from its wire form (load time). */
export function fromWire(wire: unknown, file = "dataset.json"): Dataset {
  const body = wire as Partial<WireDataset> | null;
  if (typeof body !== "object" || body === null || body.format !== WIRE_FORMAT)
    throw new Error(
      `${file}: not a dataset in core's compiled format "${WIRE_FORMAT}" (found ${JSON.stringify(body?.format ?? null)}): rebuild it with \`dossier-data build --out DIR\``,
    );
  const ds = body.dataset as Record<string, unknown>;
  const texts = textsOf(ds?.sources, file);
  const walk = (node: unknown, inherited: string | undefined): unknown => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = walk(node[i], inherited);
      return node;
    }
    if (typeof node !== "object" || node === null) return node;
    const record = node as Record<string, unknown>;
    const own = typeof record.source === "string" ? record.source : inherited;
    for (const key in record) {
      const value = record[key];
      // one span is a list of numbers, a list of spans a list of lists
      if (SINGLE_KEYS.has(key) && Array.isArray(value) && typeof value[0] === "number")
        record[key] = spanFromWire(value as WireSpan, own, texts, file);
      else if (LIST_KEYS.has(key) && Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
          if (Array.isArray(value[i])) value[i] = spanFromWire(value[i], own, texts, file);
      } else if (typeof value === "object" && value !== null) walk(value, own);
    }
    return record;
  };
  return walk(ds, undefined) as Dataset;
}

function spanFromWire(
  span: WireSpan,
  inherited: string | undefined,
  texts: ReadonlyMap<string, string>,
  file: string,
): Record<string, unknown> {
  // indexes, not destructuring, and one literal per shape: this runs for every span at start-up
  const start = span[0];
  const end = span[1];
  const extra = span[4];
  const codePoints = span.length > 2 ? { start: span[2], end: span[3] } : { start, end };
  const source = extra === undefined ? inherited : (extra.source as string | undefined);
  const text = source === undefined ? undefined : texts.get(source);
  if (text === undefined || !(start >= 0 && end >= start && end <= text.length))
    throw new Error(
      `${file}: the span ${JSON.stringify(span)} has no source text that holds it (source ${JSON.stringify(source ?? null)})`,
    );
  const quote = text.slice(start, end);
  const prefix = text.slice(start > CONTEXT_LENGTH ? start - CONTEXT_LENGTH : 0, start);
  const suffix = text.slice(end, end + CONTEXT_LENGTH);
  if (extra === undefined) return { quote, source, start, end, codePoints, prefix, suffix };
  const out: Record<string, unknown> = {};
  for (const key in extra) out[key] = key === "quote" && extra.quote === 0 ? quote : extra[key];
  out.start = start;
  out.end = end;
  out.codePoints = codePoints;
  out.prefix = prefix;
  out.suffix = suffix;
  return out;
}
