import type { Discrepancy } from "@dossier/core";
import { DiscrepancyBlock } from "@/components/Discrepancy";

// the most serious first: what cannot both be right, then slips, then what is told differently or left out
const DISAGREEMENT_GROUPS = [
  { kind: "contradiction", heading: "Contradictions" },
  { kind: "error", heading: "Errors in a source" },
  { kind: "attribution", heading: "Who said it" },
  { kind: "differing-detail", heading: "Differing detail" },
  { kind: "naming", heading: "Naming" },
  { kind: "omission", heading: "Reported by one source only" },
] as const;

/** Disagreements grouped by kind, each a one-line summary that opens on both sides' words. */
export function DisagreementList({
  discrepancies,
  open,
}: {
  discrepancies: readonly Discrepancy[];
  /** the one a link asked for, open on arrival: a closed section hides the words it points to */
  open?: string | undefined;
}) {
  return DISAGREEMENT_GROUPS.map(({ kind, heading }) => {
    const group = discrepancies.filter((d) => d.kind === kind);
    if (!group.length) return null;
    return (
      <section key={kind} className="disagree-group" aria-labelledby={`disagree-${kind}`}>
        <h3 id={`disagree-${kind}`}>
          {heading} <span className="disagree-group__count">({group.length})</span>
        </h3>
        {group.map((d) => (
          <details key={d.id} className="disagree-group__item" open={d.id === open}>
            <summary>{d.title}</summary>
            <DiscrepancyBlock discrepancy={d} headingLevel={4} />
          </details>
        ))}
      </section>
    );
  });
}
