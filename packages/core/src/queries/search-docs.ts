import type { RecordKind } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import { recordEvidence } from "./evidence.js";
import { getActor, recordTitle } from "./lookup.js";

/** The text of one record as search sees it: a title, a body, its quotes and the names it involves. */
export interface SearchDoc {
  kind: RecordKind;
  id: string;
  story?: string;
  title: string;
  body: string;
  quotes: string;
  names: string;
}

/** The searched collections, in the order the index numbers their records. */
export const SEARCHED = [
  ["event", "events"],
  ["statement", "statements"],
  ["actor", "actors"],
  ["place", "places"],
  ["source", "sources"],
  ["framing", "framings"],
  ["discrepancy", "discrepancies"],
  ["story", "stories"],
] as const satisfies readonly (readonly [RecordKind, keyof Omit<Dataset, "version">])[];

/** How many records each searched collection holds: the index's numbering depends on it. */
export function searchedCounts(ds: Dataset): number[] {
  return SEARCHED.map(([, collection]) => ds[collection].length);
}

/** Every searched record's number, in index order (the order the index's postings use). */
export function docCount(ds: Dataset): number {
  return searchedCounts(ds).reduce((a, b) => a + b, 0);
}

/** The kind and record of a document number (records are numbered collection by collection). */
export function docAt(ds: Dataset, doc: number): { kind: RecordKind; record: { id: string } } {
  let at = doc;
  for (const [kind, collection] of SEARCHED) {
    const list = ds[collection];
    if (at < list.length) return { kind, record: list[at] as { id: string } };
    at -= list.length;
  }
  throw new RangeError(`search document ${doc} is past the dataset's last record`);
}

/** The story a searched record belongs to (a story belongs to itself), if any. */
export function storyOf(kind: RecordKind, record: { id: string; story?: string }) {
  return kind === "story" ? record.id : record.story;
}

/** What search reads of one record: built at build time for the index and per hit for snippets. */
export function searchDoc(ds: Dataset, kind: RecordKind, record: unknown): SearchDoc {
  const name = (id: string | null) => (id ? (getActor(ds, id)?.name ?? "") : "");
  const quotes = (list: readonly { quote: string }[]) => list.map((e) => e.quote).join(" … ");
  const doc = (
    id: string,
    story: string | undefined,
    fields: Pick<SearchDoc, "title" | "body" | "quotes" | "names">,
  ): SearchDoc => (story === undefined ? { kind, id, ...fields } : { kind, id, story, ...fields });
  switch (kind) {
    case "event": {
      const e = record as Dataset["events"][number];
      return doc(e.id, e.story, {
        title: e.title,
        body: e.summary,
        quotes: quotes(recordEvidence(e)),
        names: e.participants.map((p) => name(p.actor)).join(" "),
      });
    }
    case "statement": {
      const s = record as Dataset["statements"][number];
      return doc(s.id, s.story, {
        title: recordTitle(ds, { kind, id: s.id }),
        body: s.gist,
        quotes: quotes(recordEvidence(s)),
        names: [s.speaker, ...s.targets].map(name).join(" "),
      });
    }
    case "actor": {
      const a = record as Dataset["actors"][number];
      return doc(a.id, undefined, {
        title: a.name,
        body: [a.description, ...a.roles.map((r) => r.title)].join(" "),
        quotes: quotes(a.aliases.flatMap((x) => x.evidence)),
        names: a.aliases.map((x) => x.name).join(" "),
      });
    }
    case "place": {
      const p = record as Dataset["places"][number];
      return doc(p.id, undefined, {
        title: p.name,
        body: p.note ?? "",
        quotes: quotes(p.mentions),
        names: "",
      });
    }
    case "source": {
      const s = record as Dataset["sources"][number];
      return doc(s.id, undefined, {
        title: recordTitle(ds, { kind, id: s.id }),
        body: s.notes.join(" "),
        quotes: s.text,
        names: "",
      });
    }
    case "framing": {
      const f = record as Dataset["framings"][number];
      return doc(f.id, f.story, {
        title: f.title,
        body: f.note ?? "",
        quotes: f.terms.map((t) => t.term).join(" … "),
        names: "",
      });
    }
    case "discrepancy": {
      const d = record as Dataset["discrepancies"][number];
      return doc(d.id, d.story, {
        title: d.title,
        body: [d.note, ...d.sides.map((x) => x.says)].join(" "),
        quotes: quotes(sourceSides(d).flatMap((x) => x.evidence)),
        names: "",
      });
    }
    case "story": {
      const s = record as Dataset["stories"][number];
      return doc(s.id, s.id, { title: s.title, body: s.summary, quotes: "", names: "" });
    }
    default:
      throw new TypeError(`records of kind "${kind}" are not searched`);
  }
}

/** Per document number: its kind (index in SEARCHED) and its story (index in ds.stories, or -1). */
export interface DocFacets {
  kind: Uint8Array;
  story: Int32Array;
  storyIndex: ReadonlyMap<string, number>;
  /** each story's documents, ascending: a search within a story visits only these */
  docsOfStory: ReadonlyMap<string, readonly number[]>;
}

const facets = new WeakMap<Dataset, DocFacets>();

/** What search filters on, per document, in two arrays built once per dataset. */
export function docFacets(ds: Dataset): DocFacets {
  let known = facets.get(ds);
  if (known) return known;
  const n = docCount(ds);
  const storyIndex = new Map(ds.stories.map((s, i) => [s.id, i]));
  const kind = new Uint8Array(n);
  const story = new Int32Array(n).fill(-1);
  const docsOfStory = new Map<string, number[]>(ds.stories.map((s) => [s.id, []]));
  let doc = 0;
  for (const [k, [kindName, collection]] of SEARCHED.entries())
    for (const record of ds[collection] as readonly { id: string; story?: string }[]) {
      kind[doc] = k;
      const of = storyOf(kindName, record);
      if (of !== undefined) {
        story[doc] = storyIndex.get(of) ?? -1;
        docsOfStory.get(of)?.push(doc);
      }
      doc++;
    }
  known = { kind, story, storyIndex, docsOfStory };
  facets.set(ds, known);
  return known;
}
