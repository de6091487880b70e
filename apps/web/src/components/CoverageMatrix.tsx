import "./CoverageMatrix.css";
import type { CoverageCell, DiscrepancyKind, CoverageMatrix as Matrix } from "@dossier/core";
import { dataset, sourceShortLabel } from "@/lib/data";
import { FACTUALITY_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { KIND_LABEL, recordHref, sourceHref } from "@/lib/links";

// a word a cell has room for; the discrepancy's title says the rest
const DISAGREEMENT_WORD: Record<DiscrepancyKind, string> = {
  contradiction: "contradicts",
  error: "error",
  "differing-detail": "differs",
  naming: "names it otherwise",
  attribution: "attribution",
  omission: "omission",
};

/** How a source carries a record, in a word or two: a statement's quotation, an event's factuality. */
function howWord(how: string | null): string {
  if (!how) return "";
  if (how in QUOTATION_LABEL) return QUOTATION_LABEL[how as keyof typeof QUOTATION_LABEL];
  if (how in FACTUALITY_LABEL)
    return `as ${FACTUALITY_LABEL[how as keyof typeof FACTUALITY_LABEL]}`;
  return how;
}

function Cell({
  cell,
  record,
  label,
  disagreementHref,
}: {
  cell: CoverageCell;
  record: Matrix["rows"][number]["ref"];
  label: string;
  disagreementHref: (id: string) => string;
}) {
  const disputed = cell.disagreements.length > 0;
  return (
    <td
      className={`matrix__cell${cell.evidence ? " matrix__cell--has" : ""}${disputed ? " matrix__cell--disputed" : ""}`}
    >
      {cell.evidence ? (
        <a href={sourceHref(cell.source, record)} className="matrix__how">
          {howWord(cell.how)}
          <span className="visually-hidden"> in {label}: read its words</span>
        </a>
      ) : (
        <span className="matrix__none">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">not in {label}</span>
        </span>
      )}
      {cell.disagreements.map((d) => (
        <a key={d.id} href={disagreementHref(d.id)} className="matrix__disagree" title={d.title}>
          <span aria-hidden="true">≠ </span>
          {DISAGREEMENT_WORD[d.kind as DiscrepancyKind] ?? d.kind}
          <span className="visually-hidden">: {d.title}</span>
        </a>
      ))}
    </td>
  );
}

/**
 * Records by sources: which source carries each event and statement, how, and where it sides in a
 * disagreement. Each cell links to the source's words, each disagreement to both sides' evidence.
 */
export function CoverageMatrix({
  matrix,
  caption,
  disagreementHref,
}: {
  matrix: Matrix;
  caption: string;
  /** where a disagreement's both sides are shown, open */
  disagreementHref: (id: string) => string;
}) {
  const labels = matrix.sources.map((s) => sourceShortLabel(s));
  const disputed = matrix.rows.filter((r) => r.cells.some((c) => c.disagreements.length)).length;
  return (
    <div className="matrix">
      <div className="matrix__scroll">
        <table className="matrix__table">
          <caption className="matrix__caption">
            {caption}{" "}
            <span className="muted small">
              {matrix.rows.length} records, {disputed} with a disagreement. A cell says how the
              source carries the record and links to its words; ≠ links to where they disagree.
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              {matrix.sources.map((s, i) => (
                <th scope="col" key={s} className="matrix__source">
                  <a href={`/sources/${s}`}>{labels[i]}</a>
                  <span className="matrix__carries">
                    {matrix.rows.filter((r) => (r.cells[i]?.evidence ?? 0) > 0).length} of{" "}
                    {matrix.rows.length}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr
                key={`${row.ref.kind}-${row.ref.id}`}
                className={`matrix__row matrix__row--${row.ref.kind}`}
              >
                <th scope="row" className="matrix__record">
                  <span className="matrix__kind">{KIND_LABEL[row.ref.kind].one}</span>{" "}
                  <a href={recordHref(dataset, row.ref)}>{row.title}</a>
                </th>
                {row.cells.map((cell, i) => (
                  <Cell
                    key={cell.source}
                    cell={cell}
                    record={row.ref}
                    label={labels[i] ?? cell.source}
                    disagreementHref={disagreementHref}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
