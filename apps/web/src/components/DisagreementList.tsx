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

/**
 * Disagreements grouped by kind, one line each, linking to where both sides' words are shown;
 * one with no such page (`href` gives none) opens here instead, and the one `open` names is drawn
 * in full in its place. Each line keeps the record's anchor, so an older link to it lands on its
 * line. Only the open one's evidence is rendered: closed details still cost their elements twice,
 * in the HTML and in the flight data.
 */
export function DisagreementLinks({
  discrepancies,
  href,
  open,
  closeHref,
}: {
  discrepancies: readonly Discrepancy[];
  href: (d: Discrepancy) => string | undefined;
  /** the one a link asked for, in full on arrival */
  open?: string | undefined;
  /** where the open one's "Close" goes: the page without it, back at its line */
  closeHref?: (d: Discrepancy) => string;
}) {
  return byKind(discrepancies, (group) => (
    <ul className="disagree-group__links">
      {group.map((d) => {
        const to = href(d);
        if (to && d.id === open)
          return (
            <li key={d.id} className="disagree-group__open">
              <DiscrepancyBlock discrepancy={d} headingLevel={4} />
              {closeHref ? (
                <p className="small">
                  <a href={closeHref(d)}>Close</a>
                </p>
              ) : null}
            </li>
          );
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
