import {
  type CoverageRow,
  compareSources,
  coverageMatrix,
  getStory,
  type SourceComparison,
} from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/Breadcrumb";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { DisagreementList } from "@/components/DisagreementList";
import { FramingBlock } from "@/components/Discrepancy";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { dataset, sourceLabel, sourceShortLabel } from "@/lib/data";
import { FACTUALITY_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { anchorId, KIND_LABEL, recordHref } from "@/lib/links";
import { compareHref, param, parseCompareQuery, type SearchParams } from "@/lib/query";
import { absoluteUrl } from "@/lib/site";
import "./compare.css";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory(dataset, (await params).id);
  if (!story) return {};
  return {
    title: `Compare the sources: ${story.title}`,
    description: `The reports of “${story.title}” side by side: which carries each event and statement, how each words it, and where they disagree.`,
    alternates: { canonical: `/stories/${story.id}/compare` },
  };
}

/** "A", "A and B", "A, B and C". */
function listOf(words: readonly string[]): string {
  return words.length < 3
    ? words.join(" and ")
    : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

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

/** A section of detail, closed until asked for: one click, never a long scroll. */
function Detail({
  id,
  title,
  rows,
  sources,
  empty,
}: {
  id: string;
  title: string;
  rows: readonly CoverageRow[];
  sources: readonly string[];
  empty: string;
}) {
  return (
    <details className="compare-detail" id={id}>
      <summary>
        {title} <span className="muted">({rows.length})</span>
      </summary>
      {rows.length ? (
        <ul className="coverage">
          {rows.map((r) => (
            <RowBlock key={`${r.ref.kind}-${r.ref.id}`} row={r} sources={sources} />
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </details>
  );
}

function FullDetail({
  cmp,
  ids,
  open,
}: {
  cmp: SourceComparison;
  ids: readonly string[];
  open: string | undefined;
}) {
  const labels = ids.map((s) => sourceShortLabel(s));
  return (
    <section className="section" aria-labelledby="detail-heading">
      <h2 id="detail-heading">In detail</h2>
      <p className="muted">Each source's own words, record by record. Open what you need.</p>
      <details
        className="compare-detail"
        id="framings"
        open={cmp.framings.some((f) => f.id === open)}
      >
        <summary>
          How each words the same things <span className="muted">({cmp.framings.length})</span>
        </summary>
        {cmp.framings.length ? (
          cmp.framings.map((f) => <FramingBlock key={f.id} framing={f} sources={ids} />)
        ) : (
          <p className="muted">No framing is recorded for these sources.</p>
        )}
      </details>
      {ids.map((s, i) => (
        <Detail
          key={s}
          id={`only-${s}`}
          title={`Only in ${labels[i]}`}
          rows={cmp.onlyIn[s] ?? []}
          sources={ids}
          empty={`Everything ${labels[i]} reports, another of these sources reports too.`}
        />
      ))}
      <Detail
        id="shared"
        title={ids.length > 2 ? `In all ${ids.length}` : "In both"}
        rows={cmp.shared}
        sources={ids}
        empty="No record is carried by every one of them."
      />
    </section>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const story = getStory(dataset, id);
  if (!story) notFound();
  const sp = await searchParams;
  const ids = parseCompareQuery(sp, story.sources);
  if (!ids) notFound();
  const cmp = compareSources(dataset, ids);
  const matrix = coverageMatrix(dataset, ids);
  const labels = ids.map((s) => sourceShortLabel(s));
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "WebPage",
            "@id": absoluteUrl(`/stories/${id}/compare`),
            name: `Compare the sources: ${story.title}`,
            about: ids.map((s) => ({
              "@type": "NewsArticle",
              name: sourceLabel(s),
              url: absoluteUrl(`/sources/${s}`),
            })),
          },
        ]}
      />
      <Breadcrumb trail={[{ href: `/stories/${id}`, label: story.title }]} />
      <header className="page-header">
        <p className="eyebrow">Compare the sources</p>
        <h1>{listOf(labels)}</h1>
        <p className="lede">
          Which report carries each event and statement, how each words it, and where they disagree.
          Every cell links to the words it rests on.
        </p>
      </header>
      {story.sources.length > 2 ? (
        <form className="filters compare-pick" method="get" action={`/stories/${id}/compare`}>
          <fieldset>
            <legend>Sources to compare (two or more)</legend>
            {story.sources.map((s) => (
              <label key={s} className="compare-pick__option">
                <input type="checkbox" name="s" value={s} defaultChecked={ids.includes(s)} />{" "}
                {sourceLabel(s)}
              </label>
            ))}
          </fieldset>
          <div className="filters__actions">
            <button type="submit">Compare</button>
          </div>
        </form>
      ) : (
        <p>
          <a href={compareHref(id, [...ids].reverse())}>Swap the columns</a>
        </p>
      )}

      <section className="section" id="matrix" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Who carries what</h2>
        <CoverageMatrix
          matrix={matrix}
          caption="Records by source"
          disagreementHref={(d) =>
            `${compareHref(id, ids)}&open=${encodeURIComponent(d)}#${anchorId({ kind: "discrepancy", id: d })}`
          }
        />
      </section>

      <section className="section" id="disagreements" aria-labelledby="differ-heading">
        <h2 id="differ-heading">Where they disagree</h2>
        {cmp.discrepancies.length ? (
          <>
            <p>
              {cmp.discrepancies.length} points, grouped by kind; open one for each side's words.
            </p>
            <DisagreementList discrepancies={cmp.discrepancies} open={param(sp, "open")} />
          </>
        ) : (
          <p className="muted">No discrepancy is recorded between these sources.</p>
        )}
      </section>

      <FullDetail cmp={cmp} ids={ids} open={param(sp, "open")} />
    </div>
  );
}
