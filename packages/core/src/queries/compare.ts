import type { RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import type { EventAttestation } from "../schemas/event.js";
import type { Evidence } from "../schemas/evidence.js";
import type { Source } from "../schemas/source.js";
import type { Attestation } from "../schemas/statement.js";
import type { CoverageRow, SourceComparison } from "../schemas/views.js";
import { filterEvents, filterStatements } from "./filters.js";
import { recordIndex } from "./indexes.js";
import { getSource, getStory, recordTitle } from "./lookup.js";

/** Which source carries which event and statement, derived from their evidence. */
export function coverage(ds: Dataset, storyId: string): CoverageRow[] {
  const story = getStory(ds, storyId);
  if (!story) return [];
  const row = (
    ref: RecordRef,
    attestations: readonly { source: string; evidence: Evidence[] }[],
    how: (a: never) => string,
  ): CoverageRow => {
    const bySource: Record<string, Evidence[]> = {};
    const rendering: Record<string, string | null> = {};
    for (const id of story.sources) {
      const a = attestations.find((x) => x.source === id);
      bySource[id] = a?.evidence ?? [];
      rendering[id] = a ? how(a as never) : null;
    }
    return { ref, title: recordTitle(ds, ref), bySource, how: rendering };
  };
  return [
    ...filterEvents(ds, { story: storyId }).map((e) =>
      row({ kind: "event", id: e.id }, e.attestations, (a: EventAttestation) => a.factuality),
    ),
    ...filterStatements(ds, { story: storyId }).map((s) =>
      row({ kind: "statement", id: s.id }, s.attestations, (a: Attestation) => a.quotation),
    ),
  ];
}

/** Two or more sources side by side: what each carries, how each names things, where they differ. */
export function compareSources(ds: Dataset, sourceIds: readonly string[]): SourceComparison {
  const sources = sourceIds
    .map((id) => getSource(ds, id))
    .filter((s): s is Source => s !== undefined);
  const ids = sources.map((s) => s.id);
  const index = recordIndex(ds);
  // only the records of the stories, framings and discrepancies these sources are in: no scan
  const touched = <T>(of: ReadonlyMap<string, readonly T[]>, all: readonly T[]) => {
    const found = new Set(ids.flatMap((id) => of.get(id) ?? []));
    return all.filter((x) => found.has(x));
  };
  const stories = touched(index.storiesOfSource, ds.stories);
  const rows = stories
    .flatMap((st) => coverage(ds, st.id))
    .map((r) => ({
      ...r,
      bySource: Object.fromEntries(ids.map((id) => [id, r.bySource[id] ?? []])),
    }))
    .filter((r) => ids.some((id) => (r.bySource[id]?.length ?? 0) > 0));
  const carries = (r: CoverageRow, id: string) => (r.bySource[id]?.length ?? 0) > 0;
  const involves = (list: readonly { source: string }[]) =>
    list.filter((x) => ids.includes(x.source)).length;
  return {
    sources,
    rows,
    shared: rows.filter((r) => ids.every((id) => carries(r, id))),
    onlyIn: Object.fromEntries(
      ids.map((id) => [
        id,
        rows.filter((r) => carries(r, id) && ids.every((o) => o === id || !carries(r, o))),
      ]),
    ),
    framings: touched(index.framingsOfSource, ds.framings).filter(
      (f) =>
        new Set(f.terms.filter((t) => ids.includes(t.source)).map((t) => t.source)).size >=
        Math.min(2, ids.length),
    ),
    discrepancies: touched(index.discrepanciesOfSource, ds.discrepancies).filter(
      (d) =>
        involves(sourceSides(d)) >= Math.min(1, ids.length) &&
        sourceSides(d).every((s) => ids.includes(s.source)),
    ),
  };
}
