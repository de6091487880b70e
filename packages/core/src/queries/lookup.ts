import type { RecordKind, RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";

export type RecordOfKind = {
  story: Dataset["stories"][number];
  source: Dataset["sources"][number];
  actor: Dataset["actors"][number];
  place: Dataset["places"][number];
  event: Dataset["events"][number];
  statement: Dataset["statements"][number];
  framing: Dataset["framings"][number];
  discrepancy: Dataset["discrepancies"][number];
  context: Dataset["context"][number];
};

export const COLLECTION_OF: { [K in RecordKind]: keyof Omit<Dataset, "version"> } = {
  story: "stories",
  source: "sources",
  actor: "actors",
  place: "places",
  event: "events",
  statement: "statements",
  framing: "framings",
  discrepancy: "discrepancies",
  context: "context",
};

const indexes = new WeakMap<Dataset, Map<string, { kind: RecordKind; record: unknown }>>();

/** Every record by id, built once per dataset. */
export function idIndex(ds: Dataset): Map<string, { kind: RecordKind; record: unknown }> {
  let index = indexes.get(ds);
  if (!index) {
    index = new Map();
    for (const [kind, collection] of Object.entries(COLLECTION_OF) as [
      RecordKind,
      keyof Omit<Dataset, "version">,
    ][]) {
      for (const record of ds[collection]) index.set(record.id, { kind, record });
    }
    indexes.set(ds, index);
  }
  return index;
}

export function getRecord<K extends RecordKind>(
  ds: Dataset,
  kind: K,
  id: string,
): RecordOfKind[K] | undefined {
  const hit = idIndex(ds).get(id);
  return hit && hit.kind === kind ? (hit.record as RecordOfKind[K]) : undefined;
}

export const getStory = (ds: Dataset, id: string) => getRecord(ds, "story", id);
export const getSource = (ds: Dataset, id: string) => getRecord(ds, "source", id);
export const getActor = (ds: Dataset, id: string) => getRecord(ds, "actor", id);
export const getPlace = (ds: Dataset, id: string) => getRecord(ds, "place", id);
export const getEvent = (ds: Dataset, id: string) => getRecord(ds, "event", id);
export const getStatement = (ds: Dataset, id: string) => getRecord(ds, "statement", id);
export const getFraming = (ds: Dataset, id: string) => getRecord(ds, "framing", id);
export const getDiscrepancy = (ds: Dataset, id: string) => getRecord(ds, "discrepancy", id);
export const getContextNote = (ds: Dataset, id: string) => getRecord(ds, "context", id);

/** A human label for any record. */
export function recordTitle(ds: Dataset, ref: RecordRef): string {
  const hit = idIndex(ds).get(ref.id);
  if (!hit || hit.kind !== ref.kind) return ref.id;
  const r = hit.record as Record<string, unknown>;
  switch (hit.kind) {
    case "statement": {
      const speaker = typeof r.speaker === "string" ? getActor(ds, r.speaker)?.name : undefined;
      return `${speaker ?? "Unattributed"}: ${String(r.gist)}`;
    }
    case "source": {
      const title = r.title as { status: string; value?: string };
      const publisher = r.publisher as { status: string; value?: string };
      return title.value ?? `Report on ${publisher.value ?? "an unknown site"}`;
    }
    case "context":
      return String(r.fact);
    case "actor":
    case "place":
      return String(r.name);
    default:
      return String(r.title);
  }
}
