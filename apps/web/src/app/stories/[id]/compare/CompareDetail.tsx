import type { CoverageRow, SourceComparison } from "@dossier/core";
import type { ReactNode } from "react";
import { FramingBlock } from "@/components/Discrepancy";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { dataset, sourceShortLabel } from "@/lib/data";
import { FACTUALITY_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { KIND_LABEL, recordHref } from "@/lib/links";
import { compareHref } from "@/lib/query";

/** How a source carries a row's record: a statement's quotation, or an event's factuality. */
function howText(how: string | null | undefined): string | undefined {
  if (!how) return undefined;
  if (how in QUOTATION_LABEL) return `as ${QUOTATION_LABEL[how as keyof typeof QUOTATION_LABEL]}`;
  if (how in FACTUALITY_LABEL)
    return `reported as ${FACTUALITY_LABEL[how as keyof typeof FACTUALITY_LABEL]}`;
  return how;
}

/** A record and the words of each source shown that carries it. */
function RowBlock({ row, sources }: { row: CoverageRow; sources: readonly string[] }) {
  const shown = sources.filter((s) => (row.bySource[s]?.length ?? 0) > 0);
  return (
    <li className="coverage-row">
      <p className="coverage-row__title">
        <span className="muted small">{KIND_LABEL[row.ref.kind].one}: </span>
        <a href={recordHref(dataset, row.ref)}>{row.title}</a>
      </p>
      <div className={shown.length > 1 ? "columns" : ""}>
        {shown.map((source) => {
          const how = howText(row.how[source]);
          return (
            <div key={source} className={shown.length > 1 ? "column" : ""}>
              <p className="column__title">{sourceShortLabel(source)}</p>
              {how ? <p className="muted small">{how}</p> : null}
              {(row.bySource[source] ?? []).map((e) => (
                <EvidenceQuote
                  key={`${e.start}-${e.end}`}
                  evidence={e}
                  record={row.ref}
                  showSource={false}
                />
              ))}
            </div>
          );
        })}
      </div>
    </li>
  );
}

function Rows({
  rows,
  sources,
  empty,
}: {
  rows: readonly CoverageRow[];
  sources: readonly string[];
  empty: string;
}) {
  return rows.length ? (
    <ul className="coverage">
      {rows.map((r) => (
        <RowBlock key={`${r.ref.kind}-${r.ref.id}`} row={r} sources={sources} />
      ))}
    </ul>
  ) : (
    <p className="muted">{empty}</p>
  );
}

interface Part {
  /** the part's anchor and its value in ?detail= */
  key: string;
  title: string;
  count: number;
  body: () => ReactNode;
}

/** The parts of the detail: framings, what only each source carries, what all carry. */
function detailParts(cmp: SourceComparison, ids: readonly string[]): Part[] {
  const labels = ids.map((s) => sourceShortLabel(s));
  return [
    {
      key: "framings",
      title: "How each words the same things",
      count: cmp.framings.length,
      body: () =>
        cmp.framings.length ? (
          cmp.framings.map((f) => <FramingBlock key={f.id} framing={f} sources={ids} />)
        ) : (
          <p className="muted">No framing is recorded for these sources.</p>
        ),
    },
    ...ids.map((s, i) => ({
      key: `only-${s}`,
      title: `Only in ${labels[i]}`,
      count: cmp.onlyIn[s]?.length ?? 0,
      body: () => (
        <Rows
          rows={cmp.onlyIn[s] ?? []}
          sources={ids}
          empty={`Everything ${labels[i]} reports, another of these sources reports too.`}
        />
      ),
    })),
    {
      key: "shared",
      title: ids.length > 2 ? `In all ${ids.length}` : "In both",
      count: cmp.shared.length,
      body: () => (
        <Rows rows={cmp.shared} sources={ids} empty="No record is carried by every one of them." />
      ),
    },
  ];
}

/** Which part a query string opens: ?detail= names it, or ?open= names one of its framings. */
export function openDetail(
  cmp: SourceComparison,
  detail: string | undefined,
  open: string | undefined,
): string | undefined {
  if (open && cmp.framings.some((f) => f.id === open)) return "framings";
  return detail;
}

/**
 * Each source's own words, record by record: a line per part, each a link that opens it on this
 * page. Only the part asked for is rendered; drawing them all, closed, made the page thousands of
 * elements and hundreds of KB that most readers never opened, sent twice (HTML and flight data).
 */
export function CompareDetail({
  storyId,
  cmp,
  ids,
  open,
}: {
  storyId: string;
  cmp: SourceComparison;
  ids: readonly string[];
  /** the part's key (openDetail) */
  open: string | undefined;
}) {
  const base = compareHref(storyId, ids);
  return (
    <section className="section" id="detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading">In detail</h2>
      <p className="muted">Each source's own words, record by record. Open what you need.</p>
      <ul className="disagree-group__links compare-detail">
        {detailParts(cmp, ids).map((part) =>
          part.key === open ? (
            <li key={part.key} id={part.key} className="compare-detail__open">
              <h3 className="compare-detail__title">
                {part.title} <span className="muted">({part.count})</span>
              </h3>
              <p className="compare-detail__close">
                <a href={`${base}#detail`}>Close</a>
              </p>
              {part.body()}
            </li>
          ) : (
            <li key={part.key} id={part.key}>
              <a href={`${base}&detail=${encodeURIComponent(part.key)}#${part.key}`}>
                {part.title} <span className="muted">({part.count})</span>
              </a>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
