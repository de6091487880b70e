import type { RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import type { CoverageMatrix, TimelineEntry, TimelineLane } from "../schemas/views.js";
import { compareSources } from "./compare.js";
import { getActor, getRecord } from "./lookup.js";

const refKey = (ref: RecordRef) => `${ref.kind}\u0000${ref.id}`;

/** The chronological place of an event or statement; other records go last. */
function orderOf(ds: Dataset, ref: RecordRef): number {
  if (ref.kind !== "event" && ref.kind !== "statement") return Number.MAX_SAFE_INTEGER;
  return getRecord(ds, ref.kind, ref.id)?.date.order ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Records by sources, in chronological order: how each source carries each record, and the
 * discrepancies in which it takes a side on that record (being silent is a side too).
 */
export function coverageMatrix(ds: Dataset, sourceIds: readonly string[]): CoverageMatrix {
  const cmp = compareSources(ds, sourceIds);
  const sources = cmp.sources.map((s) => s.id);
  const sides = new Map<string, { id: string; kind: string; title: string }[]>();
  for (const d of cmp.discrepancies)
    for (const ref of d.about)
      for (const side of sourceSides(d)) {
        const key = `${refKey(ref)}\u0000${side.source}`;
        const list = sides.get(key) ?? [];
        if (!list.some((x) => x.id === d.id)) list.push({ id: d.id, kind: d.kind, title: d.title });
        sides.set(key, list);
      }
  const rows = cmp.rows
    .map((r) => ({
      ref: r.ref,
      title: r.title,
      cells: sources.map((source) => ({
        source,
        how: r.how[source] ?? null,
        evidence: r.bySource[source]?.length ?? 0,
        disagreements: sides.get(`${refKey(r.ref)}\u0000${source}`) ?? [],
      })),
    }))
    .map((row) => ({ row, order: orderOf(ds, row.ref) }))
    .sort((a, b) => a.order - b.order)
    .map(({ row }) => row);
  return { sources, rows };
}

/**
 * Timeline entries in lanes: by kind (events, then statements), or by speaker (events first, then
 * each speaker in order of first word, the unattributed last). Entries keep their order.
 */
export function timelineLanes(
  ds: Dataset,
  entries: readonly TimelineEntry[],
  by: "kind" | "speaker",
): TimelineLane[] {
  const lanes = new Map<string, TimelineLane>();
  const lane = (key: string, label: string) => {
    let found = lanes.get(key);
    if (!found) {
      found = { key, label, entries: [] };
      lanes.set(key, found);
    }
    return found;
  };
  lane("event", "Events");
  if (by === "kind") lane("statement", "Statements");
  for (const e of entries) {
    if (e.kind === "event" || by === "kind") lane(e.kind, "").entries.push(e);
    else if (e.record.speaker)
      lane(e.record.speaker, getActor(ds, e.record.speaker)?.name ?? e.record.speaker).entries.push(
        e,
      );
  }
  const unattributed = entries.filter((e) => e.kind === "statement" && !e.record.speaker);
  if (by === "speaker" && unattributed.length)
    lanes.set("unattributed", {
      key: "unattributed",
      label: "No speaker named",
      entries: unattributed,
    });
  return [...lanes.values()].filter((l) => l.entries.length > 0);
}
