import type { Discrepancy } from "@dossier/core";
import type { ReactNode } from "react";
import { DiscrepancyBlock } from "@/components/Discrepancy";
import { anchorId } from "@/lib/links";

// the most serious first: what cannot both be right, then slips, then what is told differently or left out
const DISAGREEMENT_GROUPS = [
  { kind: "contradiction", heading: "Contradictions" },
  { kind: "error", heading: "Errors in a source" },
  { kind: "attribution", heading: "Who said it" },
  { kind: "differing-detail", heading: "Differing detail" },
  { kind: "naming", heading: "Naming" },
  { kind: "omission", heading: "Reported by one source only" },
] as const;

/** Disagreements grouped by kind under a heading each; `list` draws a group. */
function byKind(
  discrepancies: readonly Discrepancy[],
  list: (group: readonly Discrepancy[]) => ReactNode,
) {
  return DISAGREEMENT_GROUPS.map(({ kind, heading }) => {
    const group = discrepancies.filter((d) => d.kind === kind);
    if (!group.length) return null;
    return (
      <section key={kind} className="disagree-group" aria-labelledby={`disagree-${kind}`}>
        <h3 id={`disagree-${kind}`}>
          {heading} <span className="disagree-group__count">({group.length})</span>
        </h3>
        {list(group)}
      </section>
    );
  });
}

/** Disagreements grouped by kind, each a one-line summary that opens on both sides' words. */
export function DisagreementList({
  discrepancies,
  open,
}: {
  discrepancies: readonly Discrepancy[];
  /** the one a link asked for, open on arrival: a closed section hides the words it points to */
  open?: string | undefined;
}) {
  return byKind(discrepancies, (group) =>
    group.map((d) => (
      <details key={d.id} className="disagree-group__item" open={d.id === open}>
        <summary>{d.title}</summary>
        <DiscrepancyBlock discrepancy={d} headingLevel={4} />
      </details>
    )),
  );
}

/**
 * Disagreements grouped by kind, one line each, linking to where both sides' words are shown (the
 * compare page); one with no such page (`href` gives none) opens here instead. Each line keeps the
 * record's anchor, so an older link to it lands on its line.
 */
export function DisagreementLinks({
  discrepancies,
  href,
}: {
  discrepancies: readonly Discrepancy[];
  href: (d: Discrepancy) => string | undefined;
}) {
  return byKind(discrepancies, (group) => (
    <ul className="disagree-group__links">
      {group.map((d) => {
        const to = href(d);
        return to ? (
          <li key={d.id} id={anchorId({ kind: "discrepancy", id: d.id })}>
            <a href={to}>{d.title}</a>
          </li>
        ) : (
          <li key={d.id}>
            <details className="disagree-group__item">
              <summary>{d.title}</summary>
              <DiscrepancyBlock discrepancy={d} headingLevel={4} />
            </details>
          </li>
        );
      })}
    </ul>
  ));
}
