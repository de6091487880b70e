import type { RecordKind, RecordRef } from "@dossier/core";
import { anchorId } from "./links";

/** An annotated span of a source text, as core's sourceAnnotations gives it. */
export interface Span {
  start: number;
  end: number;
  ref: RecordRef;
  label: string;
  role?: string;
}

/** A cut of the text with the spans covering it, as core's sourceSegments gives it. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  annotations: readonly Span[];
}

export interface HighlightPiece {
  start: number;
  end: number;
  text: string;
  /** anchor ids of every record whose words cover this piece */
  refs: string[];
  /** anchor ids that land here: the first words of that record in this source */
  anchors: string[];
  /** the kinds of record whose words cover this piece */
  kinds: RecordKind[];
  /** the parts of a statement this piece is, besides its words: the speaker's name, cue, occasion */
  roles: StatementRole[];
}

/** The parts of a statement a source marks apart from its words, each shown in its own way. */
export const STATEMENT_ROLES = ["speaker-name", "cue", "occasion"] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];

/** Consecutive pieces that link to the same record (or plain text, when primary is null). */
export interface HighlightRun {
  primary: Span | null;
  kind: RecordKind | null;
  /** every record any piece of the run belongs to, in first-seen order */
  spans: Span[];
  pieces: HighlightPiece[];
}

// when spans are equally long, the record a reader most likely came for wins the link
const KIND_PRIORITY: RecordKind[] = [
  "event",
  "statement",
  "discrepancy",
  "framing",
  "actor",
  "place",
  "context",
  "story",
  "source",
];

const spanKey = (s: Span) => `${s.ref.kind}:${s.ref.id}:${s.start}:${s.end}`;

/** The innermost span covering a segment: the one its link should open. */
export function primarySpan(spans: readonly Span[]): Span | null {
  let best: Span | null = null;
  for (const s of spans) {
    if (!best) best = s;
    else {
      const d = s.end - s.start - (best.end - best.start);
      const k = KIND_PRIORITY.indexOf(s.ref.kind) - KIND_PRIORITY.indexOf(best.ref.kind);
      if (d < 0 || (d === 0 && (k < 0 || (k === 0 && s.ref.id < best.ref.id)))) best = s;
    }
  }
  return best;
}

/** Where each record's anchor goes: its first evidence words, else its first words of any role. */
export function anchorOffsets(spans: readonly Span[]): Map<string, number> {
  const byRecord = new Map<string, Span[]>();
  for (const s of spans) {
    const id = anchorId(s.ref);
    byRecord.set(id, [...(byRecord.get(id) ?? []), s]);
  }
  const out = new Map<string, number>();
  for (const [id, list] of byRecord) {
    const evidence = list.filter((s) => s.role === undefined || s.role === "evidence");
    const pool = evidence.length ? evidence : list;
    out.set(id, Math.min(...pool.map((s) => s.start)));
  }
  return out;
}

/** Groups a source's segments into runs a page can render as links with highlighted pieces. */
export function highlightRuns(segments: readonly TextSegment[]): HighlightRun[] {
  const all = segments.flatMap((s) => s.annotations);
  const anchorsAt = new Map<number, string[]>();
  for (const [id, at] of anchorOffsets(all)) anchorsAt.set(at, [...(anchorsAt.get(at) ?? []), id]);
  const runs: HighlightRun[] = [];
  let previousKey: string | null = null;
  for (const seg of segments) {
    const primary = primarySpan(seg.annotations);
    const key = primary ? spanKey(primary) : "";
    const piece: HighlightPiece = {
      start: seg.start,
      end: seg.end,
      text: seg.text,
      refs: [...new Set(seg.annotations.map((a) => anchorId(a.ref)))],
      anchors: (anchorsAt.get(seg.start) ?? []).filter((id) =>
        seg.annotations.some((a) => anchorId(a.ref) === id),
      ),
      kinds: KIND_PRIORITY.filter((k) => seg.annotations.some((a) => a.ref.kind === k)),
      roles: STATEMENT_ROLES.filter((r) => seg.annotations.some((a) => a.role === r)),
    };
    const last = runs.at(-1);
    if (last && previousKey === key) {
      last.pieces.push(piece);
      for (const a of seg.annotations)
        if (!last.spans.some((s) => spanKey(s) === spanKey(a))) last.spans.push(a);
    } else {
      runs.push({
        primary,
        kind: primary?.ref.kind ?? null,
        spans: [...seg.annotations],
        pieces: [piece],
      });
    }
    previousKey = key;
  }
  return runs;
}

/** CSS that lights up every piece of the record a link landed on, with no script. */
export function targetRules(anchorIds: readonly string[], scope: string): string {
  return anchorIds
    .map(
      (id) =>
        `${scope}:has(#${id}:target) [data-r~="${id}"]{background:var(--target-bg);color:var(--target-fg);box-shadow:0 0 0 2px var(--target-ring)}`,
    )
    .join("\n");
}
