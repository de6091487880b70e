import type { Dataset } from "../schemas/dataset.js";
import {
  docAt,
  docCount,
  SEARCHED,
  type SearchDoc,
  searchDoc,
  searchedCounts,
} from "./search-docs.js";
import { foldText } from "./text.js";

/**
 * An inverted index whose postings carry their score, computed once at build time: for each term,
 * the documents holding it (ascending) and the term's BM25 score in each, already summed over the
 * fields with their boosts. A query then only adds precomputed numbers for the terms it expands
 * to, instead of recomputing BM25 per field and per document on every call.
 */
export interface SearchIndex {
  /** records per searched collection when the index was built: it numbers them in this order */
  counts: number[];
  /** the first and last id of each searched collection, to refuse an index built for other data */
  fingerprint: string;
  /** every indexed term, sorted */
  terms: string[];
  /** where each term's postings start in docs/scores (one more entry than terms) */
  starts: Uint32Array;
  docs: Uint32Array;
  scores: Float32Array;
}

/** The index as the build writes it: plain JSON, its arrays in base64 (little-endian). */
export interface SerialisedSearchIndex {
  format: "dossier-search/1";
  counts: number[];
  fingerprint: string;
  terms: string[];
  starts: string;
  docs: string;
  scores: string;
}

export const FIELDS = ["title", "body", "quotes", "names"] as const;
/** how much a word counts in each field: a title outweighs names, names quotes, quotes the body */
export const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  body: 1,
  quotes: 1.5,
  names: 2,
};
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** Splits text into words as search sees them: folded, with stray apostrophes trimmed. */
export function tokens(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

export function searchTerm(token: string): string | null {
  return foldText(token).replace(/^'+|'+$/g, "") || null;
}

export function fingerprintOf(ds: Dataset): string {
  return SEARCHED.map(([, c]) => `${ds[c][0]?.id ?? ""}…${ds[c].at(-1)?.id ?? ""}`).join("|");
}

/** Indexes every searched record of the dataset (build time; at run time only without a saved index). */
export function buildSearchIndex(ds: Dataset): SearchIndex {
  const n = docCount(ds);
  const folded = new Map<string, string | null>();
  const term = (token: string) => {
    let t = folded.get(token);
    if (t === undefined) {
      t = searchTerm(token);
      folded.set(token, t);
    }
    return t;
  };
  // per field: term → [doc, frequency, doc, frequency, …]; field lengths count distinct words
  const freqs = FIELDS.map(() => new Map<string, number[]>());
  const lengths = FIELDS.map(() => new Float64Array(n));
  for (let doc = 0; doc < n; doc++) {
    const { kind, record } = docAt(ds, doc);
    const fields: SearchDoc = searchDoc(ds, kind, record);
    FIELDS.forEach((field, f) => {
      const words = tokens(fields[field]);
      (lengths[f] as Float64Array)[doc] = new Set(words).size;
      const byTerm = freqs[f] as Map<string, number[]>;
      for (const word of words) {
        const t = term(word);
        if (!t) continue;
        const list = byTerm.get(t);
        if (!list) byTerm.set(t, [doc, 1]);
        else if (list[list.length - 2] === doc) (list[list.length - 1] as number)++;
        else list.push(doc, 1);
      }
    });
  }
  const average = lengths.map((l) => l.reduce((a, b) => a + b, 0) / Math.max(1, n));
  const terms = [...new Set(freqs.flatMap((m) => [...m.keys()]))].sort();
  const starts = new Uint32Array(terms.length + 1);
  const docs: number[] = [];
  const scores: number[] = [];
  const score = new Float64Array(n);
  terms.forEach((t, i) => {
    const touched: number[] = [];
    FIELDS.forEach((field, f) => {
      const list = freqs[f]?.get(t);
      if (!list) return;
      const matching = list.length / 2;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const length = lengths[f] as Float64Array;
      const avg = average[f] as number;
      for (let j = 0; j < list.length; j += 2) {
        const doc = list[j] as number;
        const tf = list[j + 1] as number;
        const norm = 1 - BM25.b + (BM25.b * (length[doc] as number)) / avg;
        const was = score[doc] as number;
        if (was === 0) touched.push(doc);
        score[doc] =
          was + BOOST[field] * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
      }
    });
    touched.sort((a, b) => a - b);
    for (const doc of touched) {
      docs.push(doc);
      scores.push(score[doc] as number);
      score[doc] = 0;
    }
    starts[i + 1] = docs.length;
  });
  return {
    counts: searchedCounts(ds),
    fingerprint: fingerprintOf(ds),
    terms,
    starts,
    docs: Uint32Array.from(docs),
    scores: Float32Array.from(scores),
  };
}

export function serialise(index: SearchIndex): SerialisedSearchIndex {
  const { counts, fingerprint, terms } = index;
  return {
    format: "dossier-search/1",
    counts,
    fingerprint,
    terms,
    starts: toBase64(index.starts),
    docs: toBase64(index.docs),
    scores: toBase64(index.scores),
  };
}

export function deserialise(saved: SerialisedSearchIndex): SearchIndex {
  if (saved.format !== "dossier-search/1")
    throw new Error(`the saved search index has format "${saved.format}", not dossier-search/1`);
  return {
    counts: saved.counts,
    fingerprint: saved.fingerprint,
    terms: saved.terms,
    starts: new Uint32Array(fromBase64(saved.starts)),
    docs: new Uint32Array(fromBase64(saved.docs)),
    scores: new Float32Array(fromBase64(saved.scores)),
  };
}

// Buffer where there is one (Node: fast, native); atob in browsers, where the index is small
type NodeBuffer = {
  from(
    data: ArrayBufferLike | string,
    ...rest: unknown[]
  ): Uint8Array & { toString(e: string): string };
};
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

function toBase64(array: Uint32Array | Float32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  if (NodeBuffer)
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes into a fresh, 4-byte-aligned buffer, as typed arrays over it require. */
function fromBase64(text: string): ArrayBuffer {
  if (NodeBuffer) {
    const bytes = NodeBuffer.from(text, "base64");
    const out = new Uint8Array(bytes.byteLength);
    out.set(bytes);
    return out.buffer;
  }
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out.buffer;
}
