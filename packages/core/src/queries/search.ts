import SearchableMap from "minisearch/SearchableMap";
import type { RecordKind } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import type { SearchHit } from "../schemas/views.js";
import {
  docAt,
  docFacets,
  SEARCHED,
  type SearchDoc,
  searchDoc,
  searchedCounts,
} from "./search-docs.js";
import {
  buildSearchIndex,
  deserialise,
  fingerprintOf,
  type SearchIndex,
  type SerialisedSearchIndex,
  searchTerm,
  serialise,
  tokens,
} from "./search-index.js";
import { foldText } from "./text.js";

export type { SerialisedSearchIndex } from "./search-index.js";

export interface SearchOptions {
  kinds?: readonly RecordKind[];
  story?: string;
  limit?: number;
}

// how much a word that only begins a term, or is a typo away from it, counts against an exact match
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const prefixOf = (term: string) => term.length > 2;
const typosIn = (term: string) =>
  term.length > 4 ? Math.min(6, Math.round(term.length * 0.2)) : 0;

interface Engine {
  index: SearchIndex;
  /** the terms as a radix tree, for prefix and fuzzy expansion */
  lexicon: SearchableMap<number>;
  /** per document: its score so far, and how many query words it matched (zero between calls) */
  total: Float64Array;
  matched: Uint16Array;
  /** documents recently shown, with their snippet fields folded: a bounded cache */
  shown: Map<number, Shown>;
}

interface Shown {
  doc: SearchDoc;
  /** quotes, body and title, folded, in the order snippets look in them */
  folded: [string, string, string];
}
const SHOWN_CAP = 4096;

const engines = new WeakMap<Dataset, Engine>();
type SavedIndex =
  | string
  | SerialisedSearchIndex
  | (() => string | SerialisedSearchIndex | undefined);
const saved = new WeakMap<Dataset, SavedIndex>();

/** The dataset's search index, serialised: the build writes it beside the dataset. */
export function serialiseSearchIndex(ds: Dataset): string {
  return JSON.stringify(serialise(engineFor(ds).index));
}

/**
 * Gives a dataset the index the build serialised for it (as text, as parsed JSON, or a function
 * reading either when first needed), so the first search decodes it instead of indexing every
 * record. The dataset's loaders call this.
 */
export function useSearchIndex(ds: Dataset, serialised: SavedIndex): void {
  if (!engines.has(ds)) saved.set(ds, serialised);
}

function engineFor(ds: Dataset): Engine {
  let engine = engines.get(ds);
  if (engine) return engine;
  const given = saved.get(ds);
  saved.delete(ds);
  const kept = typeof given === "function" ? given() : given;
  let index = kept && deserialise(typeof kept === "string" ? JSON.parse(kept) : kept);
  // an index saved for other data would number other records: index this data instead
  const counts = searchedCounts(ds);
  if (
    !index ||
    index.fingerprint !== fingerprintOf(ds) ||
    index.counts.some((c, i) => c !== counts[i])
  )
    index = buildSearchIndex(ds);
  const n = index.counts.reduce((a, b) => a + b, 0);
  engine = {
    index,
    lexicon: SearchableMap.from(index.terms.map((t, i) => [t, i])),
    total: new Float64Array(n),
    matched: new Uint16Array(n),
    shown: new Map(),
  };
  engines.set(ds, engine);
  return engine;
}

/** The index terms a query word stands for, each with its weight (exact 1, prefixes and typos less). */
function expand({ lexicon }: Engine, word: string): Map<number, number> {
  const out = new Map<number, number>();
  const exact = lexicon.get(word);
  if (exact !== undefined) out.set(exact, 1);
  const prefixed = new Set<string>();
  if (prefixOf(word))
    for (const [term, i] of lexicon.atPrefix(word)) {
      if (term.length === word.length) continue;
      prefixed.add(term);
      out.set(i, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)));
    }
  const typos = typosIn(word);
  if (typos)
    for (const [term, [i, distance]] of lexicon.fuzzyGet(word, typos)) {
      if (!distance || prefixed.has(term)) continue;
      out.set(i, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
  return out;
}

/**
 * Ranked full-text search across every kind of record; accents, case and small typos are forgiven.
 * Every word must match (a word of three letters or more also matches as a prefix, one of five or
 * more with a typo or two); scores are the precomputed BM25 scores of the terms each word expands
 * to, summed, so a call costs one pass over the postings of those terms, not a scoring of records.
 */
export function search(ds: Dataset, query: string, options: SearchOptions = {}): SearchHit[] {
  return searchResults(ds, query, options).slice(0);
}

/** A search's hits, ranked, each built with its snippet only when it is asked for. */
export interface SearchResults {
  /** how many hits there are (at most the search's `limit`) */
  readonly total: number;
  /** the hits ranked start to end-1 (as `Array.prototype.slice` counts), best first */
  slice(start: number, end?: number): SearchHit[];
}

const NO_RESULTS: SearchResults = { total: 0, slice: () => [] };

/**
 * The same search as `search`, ranked but not yet shown: a page of 20 of 1,000 hits builds 20
 * snippets, not 1,000 (each snippet reads and folds its record's text).
 */
export function searchResults(
  ds: Dataset,
  query: string,
  options: SearchOptions = {},
): SearchResults {
  const words = tokens(query)
    .map(searchTerm)
    .filter((w): w is string => !!w);
  if (words.length === 0) return NO_RESULTS;
  const engine = engineFor(ds);
  const { starts, docs, scores } = engine.index;
  const { total, matched } = engine;
  const expansions = words.map((w) => expand(engine, w));
  // within a story, its few documents are looked up in each posting list instead of walking it
  const within = options.story ? (docFacets(ds).docsOfStory.get(options.story) ?? []) : undefined;
  // only documents matching the first word are ever touched: those are reset after the call
  const touched: number[] = [];
  const add = (w: number, d: number, p: number, weight: number) => {
    if (matched[d] === w) {
      matched[d] = w + 1;
      if (w === 0) touched.push(d);
    } else if (matched[d] !== w + 1) return;
    total[d] = (total[d] as number) + weight * (scores[p] as number);
  };
  // the rarest word first: every later word only keeps documents the earlier ones matched, so a
  // word in nearly every record ("the") is looked up in the few candidates left, not walked
  const postings = (terms: Map<number, number>) => {
    let n = 0;
    for (const t of terms.keys()) n += (starts[t + 1] as number) - (starts[t] as number);
    return n;
  };
  // a binary search of each posting list for each candidate, against walking the lists
  const lookupCost = (candidates: number, terms: Map<number, number>) => {
    let cost = 0;
    for (const t of terms.keys())
      cost += candidates * Math.log2(1 + (starts[t + 1] as number) - (starts[t] as number));
    return cost;
  };
  const order = expansions
    .map((terms) => ({ terms, size: postings(terms) }))
    .sort((a, b) => a.size - b.size);
  try {
    let candidates = touched;
    for (const [w, { terms, size }] of order.entries()) {
      const lookIn =
        within ?? (w > 0 && lookupCost(candidates.length, terms) < size ? candidates : undefined);
      for (const [t, weight] of terms) {
        const from = starts[t] as number;
        const to = starts[t + 1] as number;
        if (lookIn)
          for (const d of lookIn) {
            const p = find(docs, from, to, d);
            if (p >= 0) add(w, d, p, weight);
          }
        else for (let p = from; p < to; p++) add(w, docs[p] as number, p, weight);
      }
      candidates = candidates.filter((d) => matched[d] === w + 1);
      if (candidates.length === 0) return NO_RESULTS;
    }
    const top = topDocs(ds, candidates, total, options);
    // the scores are read now: the engine's tallies are cleared for the next call below
    const quality = new Set(words).size;
    const topScores = top.map((d) => Math.round((total[d] as number) * quality * 1000) / 1000);
    return {
      total: top.length,
      slice: (start, end) =>
        hits(ds, engine, expansions, top.slice(start, end), topScores.slice(start, end)),
    };
  } finally {
    for (const d of touched) {
      total[d] = 0;
      matched[d] = 0;
    }
  }
}

function hits(
  ds: Dataset,
  engine: Engine,
  expansions: readonly Map<number, number>[],
  top: readonly number[],
  scores: readonly number[],
): SearchHit[] {
  const { starts, docs } = engine.index;
  return top.map((d, i) => {
    const { doc, folded } = shown(ds, engine, d);
    const terms = expansions.flatMap((e) =>
      [...e.keys()].filter((t) => has(docs, starts[t] as number, starts[t + 1] as number, d)),
    );
    const hit: SearchHit = {
      ref: { kind: doc.kind, id: doc.id },
      title: doc.title,
      snippet: snippet(
        doc,
        folded,
        terms.map((t) => engine.index.terms[t] as string),
      ),
      score: scores[i] as number,
    };
    if (doc.story) hit.story = doc.story;
    return hit;
  });
}

/** The best `limit` documents passing the filters, best first (ties in index order). */
function topDocs(
  ds: Dataset,
  candidates: readonly number[],
  total: Float64Array,
  options: SearchOptions,
): number[] {
  const limit = options.limit ?? 50;
  const facets = options.kinds?.length || options.story ? docFacets(ds) : undefined;
  const kinds = options.kinds?.length
    ? SEARCHED.map(([kind]) => options.kinds?.includes(kind) ?? false)
    : undefined;
  // a story that does not exist matches nothing
  const story = options.story ? (facets?.storyIndex.get(options.story) ?? -2) : undefined;
  const better = (a: number, b: number) =>
    (total[a] as number) > (total[b] as number) || (total[a] === total[b] && a < b);
  const top: number[] = [];
  for (const d of candidates) {
    if (facets) {
      if (kinds && !kinds[facets.kind[d] as number]) continue;
      if (story !== undefined && facets.story[d] !== story) continue;
    }
    if (top.length === limit && !better(d, top[limit - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && better(d, top[at - 1] as number)) at--;
    top.splice(at, 0, d);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** True when the sorted docs[from, to) hold d. */
function has(docs: Uint32Array, from: number, to: number, d: number): boolean {
  return find(docs, from, to, d) >= 0;
}

/** Where the sorted docs[from, to) hold d, or -1. */
function find(docs: Uint32Array, from: number, to: number, d: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] as number) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === d ? lo : -1;
}

function shown(ds: Dataset, engine: Engine, d: number): Shown {
  let known = engine.shown.get(d);
  if (!known) {
    const { kind, record } = docAt(ds, d);
    const doc = searchDoc(ds, kind, record);
    known = { doc, folded: [foldText(doc.quotes), foldText(doc.body), foldText(doc.title)] };
    if (engine.shown.size >= SHOWN_CAP) engine.shown.clear();
    engine.shown.set(d, known);
  }
  return known;
}

function snippet(doc: SearchDoc, folded: Shown["folded"], terms: string[]): string {
  for (const [i, field] of [doc.quotes, doc.body, doc.title].entries()) {
    const fold = folded[i] as string;
    const at = terms
      .map((t) => fold.indexOf(t))
      .filter((at) => at >= 0)
      .sort((a, b) => a - b)[0];
    if (at !== undefined) {
      const start = Math.max(0, field.lastIndexOf(" ", Math.max(0, at - 60)) + 1);
      const end = Math.min(field.length, at + 140);
      return `${start > 0 ? "…" : ""}${field.slice(start, end).trim()}${end < field.length ? "…" : ""}`;
    }
  }
  return doc.body.slice(0, 160);
}
