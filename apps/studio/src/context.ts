import {
  type ActorNames,
  type Rejection,
  readActors,
  readPlaces,
  readRecords,
  readRejections,
  readSources,
  type SourceFile,
} from "@dossier/curate";
import type { DataStore } from "./store.js";

/** What a page needs to know of the data folder, read fresh per request: the files are the truth. */
export interface StudioData {
  actors: ActorNames[];
  /** events, with the medium that makes one an act of communication */
  events: { id: string; title: string; medium?: string }[];
  places: { id: string; name: string }[];
  sources: SourceFile[];
  statements: Record<string, unknown>[];
  /** suggestions the curators rejected, from the story's reviewed.yaml */
  rejected: Rejection[];
}

export const reviewedFile = (story: string) => `stories/${story}/reviewed.yaml`;

export async function readStory(store: DataStore, story: string): Promise<StudioData> {
  const [actors, events, places, sources, statements, reviewed] = await Promise.all([
    readActors(store.root),
    readRecords(store.root, story, "events"),
    readPlaces(store.root),
    readSources(store.root, story),
    readRecords(store.root, story, "statements"),
    store.read(reviewedFile(story)),
  ]);
  return {
    actors,
    events: events.map((e) => ({
      id: String(e.id),
      title: String(e.title ?? e.id),
      ...(typeof e.medium === "string" ? { medium: e.medium } : {}),
    })),
    places,
    sources,
    statements,
    rejected: readRejections(reviewed.text),
  };
}

export interface QuoteRef {
  record: string;
  source: string;
  quote: string;
  occurrence?: number;
}

/** Every quote a story's statements draw from its sources, in either statement shape. */
export function statementQuotes(statements: readonly Record<string, unknown>[]): QuoteRef[] {
  const out: QuoteRef[] = [];
  for (const st of statements) {
    const record = String(st.id);
    for (const e of (st.evidence as QuoteRef[] | undefined) ?? []) out.push({ ...e, record });
    for (const a of (st.attestations as Record<string, unknown>[] | undefined) ?? []) {
      const source = String(a.source);
      for (const e of (a.evidence as QuoteRef[] | undefined) ?? [])
        out.push({ ...e, source, record });
    }
  }
  return out;
}

/** Where a quote stands in a text, honouring its occurrence; undefined when it is not there. */
export function locate(
  text: string,
  quote: string,
  occurrence = 1,
): { start: number; end: number } | undefined {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + quote.length };
}
