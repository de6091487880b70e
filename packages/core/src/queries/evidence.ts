import type { RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import { sourceSides } from "../schemas/discrepancy.js";
import type { Evidence } from "../schemas/evidence.js";
import type { Annotation } from "../schemas/views.js";

type Attested = { attestations: readonly { source: string; evidence: readonly Evidence[] }[] };

/** Every source's words for an event or a statement: the evidence of its attestations, in order. */
export function recordEvidence(record: Attested): Evidence[] {
  return record.attestations.flatMap((a) => a.evidence);
}

/** The sources that carry an event or a statement. */
export function attestingSources(record: Attested): string[] {
  return record.attestations.map((a) => a.source);
}

/** One source's account of an event or a statement, if it carries it. */
export function attestationFor<A extends { source: string }>(
  record: { attestations: readonly A[] },
  source: string,
): A | undefined {
  return record.attestations.find((a) => a.source === source);
}

export interface QuotedSpan {
  ref: RecordRef;
  role: Annotation["role"];
  evidence: Evidence;
}

const SPANS = new WeakMap<Dataset, Map<string, QuotedSpan[]>>();

/**
 * Every quoted span of the dataset, by source, with the record and the part of it each grounds.
 * Built once per dataset and kept, so a source's spans cost a lookup, not a scan of every record.
 */
export function spansBySource(ds: Dataset): ReadonlyMap<string, readonly QuotedSpan[]> {
  const known = SPANS.get(ds);
  if (known) return known;
  const out = new Map<string, QuotedSpan[]>();
  const add = (
    ref: RecordRef,
    role: Annotation["role"],
    list: readonly (Evidence | undefined)[],
  ) => {
    for (const evidence of list) {
      if (!evidence) continue;
      const spans = out.get(evidence.source);
      if (spans) spans.push({ ref, role, evidence });
      else out.set(evidence.source, [{ ref, role, evidence }]);
    }
  };
  for (const e of ds.events) {
    const ref = { kind: "event", id: e.id } as const;
    add(ref, "evidence", recordEvidence(e));
    add(ref, "date", e.date.resolution.words);
  }
  for (const s of ds.statements) {
    const ref = { kind: "statement", id: s.id } as const;
    for (const a of s.attestations) {
      add(ref, "evidence", a.evidence);
      add(ref, "speaker-name", [a.speakerName]);
      add(ref, "cue", [a.cue]);
      add(ref, "occasion", [a.occasion?.words]);
    }
    add(ref, "date", s.date.resolution.words);
  }
  for (const a of ds.actors) {
    const ref = { kind: "actor", id: a.id } as const;
    for (const alias of a.aliases) add(ref, "alias", alias.evidence);
    for (const role of a.roles) add(ref, "evidence", role.evidence);
  }
  for (const p of ds.places) add({ kind: "place", id: p.id }, "mention", p.mentions);
  for (const f of ds.framings)
    for (const t of f.terms) add({ kind: "framing", id: f.id }, "framing", t.evidence);
  for (const d of ds.discrepancies)
    for (const side of sourceSides(d))
      add({ kind: "discrepancy", id: d.id }, "discrepancy", side.evidence);
  SPANS.set(ds, out);
  return out;
}
