import MiniSearch, { type Options } from "minisearch";
import type { RecordKind } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import type { SearchHit } from "../schemas/views.js";
import { recordEvidence } from "./evidence.js";
import { getActor, recordTitle } from "./lookup.js";
import { foldText } from "./text.js";

export interface SearchOptions {
  kinds?: readonly RecordKind[];
  story?: string;
  limit?: number;
}

interface SearchDoc {
  id: string;
  kind: RecordKind;
  story?: string;
  title: string;
  body: string;
  quotes: string;
  names: string;
}

const engines = new WeakMap<
  Dataset,
  { engine: MiniSearch<SearchDoc>; docs: Map<string, SearchDoc> }
>();

function documents(ds: Dataset): SearchDoc[] {
  const name = (id: string | null) => (id ? (getActor(ds, id)?.name ?? "") : "");
  const quotes = (list: readonly { quote: string }[]) => list.map((e) => e.quote).join(" … ");
  const title = (kind: RecordKind, id: string) => recordTitle(ds, { kind, id });
  return [
    ...ds.events.map((e) => ({
      id: e.id,
      kind: "event" as const,
      story: e.story,
      title: e.title,
      body: e.summary,
      quotes: quotes(recordEvidence(e)),
      names: e.participants.map((p) => name(p.actor)).join(" "),
    })),
    ...ds.statements.map((s) => ({
      id: s.id,
      kind: "statement" as const,
      story: s.story,
      title: title("statement", s.id),
      body: s.gist,
      quotes: quotes(recordEvidence(s)),
      names: [s.speaker, ...s.targets].map(name).join(" "),
    })),
    ...ds.actors.map((a) => ({
      id: a.id,
      kind: "actor" as const,
      title: a.name,
      body: [a.description, ...a.roles.map((r) => r.title)].join(" "),
      quotes: quotes(a.aliases.flatMap((x) => x.evidence)),
      names: a.aliases.map((x) => x.name).join(" "),
    })),
    ...ds.places.map((p) => ({
      id: p.id,
      kind: "place" as const,
      title: p.name,
      body: p.note ?? "",
      quotes: quotes(p.mentions),
      names: "",
    })),
    ...ds.sources.map((s) => ({
      id: s.id,
      kind: "source" as const,
      title: title("source", s.id),
      body: s.notes.join(" "),
      quotes: s.text,
      names: "",
    })),
    ...ds.framings.map((f) => ({
      id: f.id,
      kind: "framing" as const,
      story: f.story,
      title: f.title,
      body: f.note ?? "",
      quotes: f.terms.map((t) => t.term).join(" … "),
      names: "",
    })),
    ...ds.discrepancies.map((d) => ({
      id: d.id,
      kind: "discrepancy" as const,
      story: d.story,
      title: d.title,
      body: [d.note, ...d.sides.map((x) => x.says)].join(" "),
      quotes: quotes(sourceSides(d).flatMap((x) => x.evidence)),
      names: "",
    })),
    ...ds.stories.map((s) => ({
      id: s.id,
      kind: "story" as const,
      story: s.id,
      title: s.title,
      body: s.summary,
      quotes: "",
      names: "",
    })),
  ];
}

const OPTIONS: Options<SearchDoc> = {
  fields: ["title", "body", "quotes", "names"],
  storeFields: [],
  processTerm: (term: string) => foldText(term).replace(/^'+|'+$/g, "") || null,
  searchOptions: {
    boost: { title: 3, names: 2, quotes: 1.5 },
    prefix: (t: string) => t.length > 2,
    fuzzy: (t: string) => (t.length > 4 ? 0.2 : false),
    combineWith: "AND",
  },
};

const saved = new WeakMap<Dataset, string>();

/** The dataset's search index, serialised: the build writes it beside the dataset. */
export function serialiseSearchIndex(ds: Dataset): string {
  return JSON.stringify(engineFor(ds).engine);
}

/**
 * Gives a dataset the index the build serialised for it, so the first search loads it instead of
 * indexing every record (seconds at a thousand stories). The dataset module calls this.
 */
export function useSearchIndex(ds: Dataset, serialised: string): void {
  if (!engines.has(ds)) saved.set(ds, serialised);
}

function engineFor(ds: Dataset) {
  let built = engines.get(ds);
  if (!built) {
    const serialised = saved.get(ds);
    const docs = documents(ds);
    let engine: MiniSearch<SearchDoc>;
    if (serialised) {
      engine = MiniSearch.loadJSON<SearchDoc>(serialised, OPTIONS);
      saved.delete(ds);
    } else {
      engine = new MiniSearch<SearchDoc>(OPTIONS);
      engine.addAll(docs);
    }
    built = { engine, docs: new Map(docs.map((d) => [d.id, d])) };
    engines.set(ds, built);
  }
  return built;
}

/** Ranked full-text search across every kind of record; accents, case and small typos are forgiven. */
export function search(ds: Dataset, query: string, options: SearchOptions = {}): SearchHit[] {
  if (!query.trim()) return [];
  const { engine, docs } = engineFor(ds);
  const results = engine.search(query, {
    filter: (r) => {
      const doc = docs.get(r.id);
      return (
        !!doc &&
        (!options.kinds?.length || options.kinds.includes(doc.kind)) &&
        (!options.story || doc.story === options.story)
      );
    },
  });
  return results.slice(0, options.limit ?? 50).map((r) => {
    const doc = docs.get(r.id) as SearchDoc;
    const hit: SearchHit = {
      ref: { kind: doc.kind, id: doc.id },
      title: doc.title,
      snippet: snippet(doc, r.terms),
      score: Math.round(r.score * 1000) / 1000,
    };
    if (doc.story) hit.story = doc.story;
    return hit;
  });
}

function snippet(doc: SearchDoc, terms: string[]): string {
  for (const field of [doc.quotes, doc.body, doc.title]) {
    const folded = foldText(field);
    const at = terms
      .map((t) => folded.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    if (at !== undefined) {
      const start = Math.max(0, field.lastIndexOf(" ", Math.max(0, at - 60)) + 1);
      const end = Math.min(field.length, at + 140);
      return `${start > 0 ? "…" : ""}${field.slice(start, end).trim()}${end < field.length ? "…" : ""}`;
    }
  }
  return doc.body.slice(0, 160);
}
