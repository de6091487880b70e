import type { Dataset } from "@dossier/core";
import { highlightRuns, type TextSegment, targetRules } from "@/lib/highlight";
import { KIND_LABEL, recordHref } from "@/lib/links";

// events and statements tint the text; the other kinds only underline it, so the page stays readable
function pieceClass(kinds: readonly string[]): string | undefined {
  if (kinds.includes("event")) return "seg in-event";
  if (kinds.includes("statement")) return "seg in-statement";
  return kinds.length ? "seg" : undefined;
}

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
            className={pieceClass(p.kinds)}
          >
            {p.anchors.map((id) => (
              <span key={id} id={id} className="anchor" />
            ))}
            {p.text}
          </span>
        ));
        if (!run.primary) return pieces;
        const title = run.spans.map((s) => `${KIND_LABEL[s.ref.kind].one}: ${s.label}`).join("\n");
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
