import type { RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Evidence } from "../schemas/evidence.js";
import type { Annotation, Segment } from "../schemas/views.js";
import { getSource, recordTitle } from "./lookup.js";

/** Every place the dataset quotes, with the record each quote belongs to. */
export function evidenceByRecord(
  ds: Dataset,
): { ref: RecordRef; role: Annotation["role"]; evidence: Evidence }[] {
  const out: { ref: RecordRef; role: Annotation["role"]; evidence: Evidence }[] = [];
  const add = (ref: RecordRef, role: Annotation["role"], list: readonly Evidence[]) => {
    for (const evidence of list) out.push({ ref, role, evidence });
  };
  for (const e of ds.events) {
    add({ kind: "event", id: e.id }, "evidence", e.evidence);
    add({ kind: "event", id: e.id }, "date", e.date.resolution.words);
  }
  for (const s of ds.statements) {
    add({ kind: "statement", id: s.id }, "evidence", s.evidence);
    add({ kind: "statement", id: s.id }, "date", s.date.resolution.words);
  }
  for (const a of ds.actors) {
    for (const alias of a.aliases) add({ kind: "actor", id: a.id }, "alias", alias.evidence);
    for (const role of a.roles) add({ kind: "actor", id: a.id }, "evidence", role.evidence);
  }
  for (const p of ds.places) add({ kind: "place", id: p.id }, "mention", p.mentions);
  for (const f of ds.framings)
    for (const t of f.terms) add({ kind: "framing", id: f.id }, "framing", t.evidence);
  for (const d of ds.discrepancies)
    for (const side of d.sides)
      add({ kind: "discrepancy", id: d.id }, "discrepancy", side.evidence);
  return out;
}

/** Every annotated span of a source, in text order. */
export function sourceAnnotations(ds: Dataset, sourceId: string): Annotation[] {
  return evidenceByRecord(ds)
    .filter((x) => x.evidence.source === sourceId)
    .map(({ ref, role, evidence }) => ({
      start: evidence.start,
      end: evidence.end,
      ref,
      role,
      label: recordTitle(ds, ref),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.ref.id.localeCompare(b.ref.id));
}

/**
 * The source's text cut at every annotation boundary, each piece with the annotations covering it,
 * so a reader can highlight overlapping spans; the pieces joined give back the text exactly.
 */
export function sourceSegments(ds: Dataset, sourceId: string): Segment[] {
  const source = getSource(ds, sourceId);
  if (!source) return [];
  const annotations = sourceAnnotations(ds, sourceId);
  const cuts = new Set<number>([0, source.text.length]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: source.text.slice(start, end),
      annotations: annotations.filter((a) => a.start <= start && a.end >= end),
    });
  }
  return segments;
}
