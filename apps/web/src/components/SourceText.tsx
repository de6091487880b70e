import type { Dataset } from "@dossier/core";
import { highlightRuns, type TextSegment, targetRules } from "@/lib/highlight";
import { KIND_LABEL, recordHref } from "@/lib/links";

// events and statements tint the text; the other kinds only underline it, so the page stays readable;
// a statement's speaker name, cue and occasion each get their own mark inside its tint
function pieceClass(kinds: readonly string[], roles: readonly string[]): string | undefined {
  const base = kinds.includes("event")
    ? "seg in-event"
    : kinds.includes("statement")
      ? "seg in-statement"
      : kinds.length
        ? "seg"
        : undefined;
  return base ? [base, ...roles.map((r) => `role-${r}`)].join(" ") : undefined;
}

const ROLE_TITLE: Record<string, string> = {
  "speaker-name": "the name it gives the speaker",
  cue: "the reporting cue",
  occasion: "the occasion",
  date: "dating words",
};

/** The full text of a source, every annotated span highlighted and linked to its record. */
export function SourceText({ ds, segments }: { ds: Dataset; segments: readonly TextSegment[] }) {
  const runs = highlightRuns(segments);
  const anchors = runs.flatMap((r) => r.pieces.flatMap((p) => p.anchors));
  return (
    <div className="source-text">
      {/* lights up the words of the record a link landed on, without script */}
      <style>{targetRules(anchors, ".source-text")}</style>
      {runs.map((run) => {
        const pieces = run.pieces.map((p) => (
          <span
            key={p.start}
            data-r={p.refs.join(" ") || undefined}
            className={pieceClass(p.kinds, p.roles)}
          >
            {p.anchors.map((id) => (
              <span key={id} id={id} className="anchor" />
            ))}
            {p.text}
          </span>
        ));
        if (!run.primary) return pieces;
        const title = run.spans
          .map((s) => {
            const role = s.role ? ROLE_TITLE[s.role] : undefined;
            return `${KIND_LABEL[s.ref.kind].one}${role ? ` (${role})` : ""}: ${s.label}`;
          })
          .join("\n");
        return (
          <a
            key={run.pieces[0]?.start}
            href={recordHref(ds, run.primary.ref)}
            className={`hl hl--${run.kind}`}
            title={title}
          >
            {pieces}
          </a>
        );
      })}
    </div>
  );
}
