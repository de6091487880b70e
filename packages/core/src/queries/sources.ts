import type { Dataset } from "../schemas/dataset.js";
import type { Annotation, Segment } from "../schemas/views.js";
import { spansBySource } from "./evidence.js";
import { getSource, recordTitle } from "./lookup.js";

/** Every annotated span of a source, in text order. */
export function sourceAnnotations(ds: Dataset, sourceId: string): Annotation[] {
  return (spansBySource(ds).get(sourceId) ?? [])
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
  // one sweep: annotations come in by start and leave at their end, so each piece's covering
  // annotations are the active ones (every end is a cut), in the annotations' order
  const segments: Segment[] = [];
  let active: Annotation[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((a) => a.end > start);
    while (next < annotations.length && (annotations[next] as Annotation).start <= start) {
      const a = annotations[next++] as Annotation;
      if (a.end > start) active.push(a);
    }
    if (end <= start) continue;
    segments.push({ start, end, text: source.text.slice(start, end), annotations: [...active] });
  }
  return segments;
}
