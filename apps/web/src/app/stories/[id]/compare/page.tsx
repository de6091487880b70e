import { type CoverageRow, compareSources, getStory } from "@dossier/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoSubmit } from "@/components/AutoSubmit";
import { Breadcrumb } from "@/components/Breadcrumb";
import { DiscrepancyBlock, FramingBlock } from "@/components/Discrepancy";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { dataset, sourceLabel, sourceShortLabel } from "@/lib/data";
import { FACTUALITY_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { KIND_LABEL, recordHref } from "@/lib/links";
import { parseCompareQuery, type SearchParams } from "@/lib/query";
import { absoluteUrl } from "@/lib/site";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory(dataset, (await params).id);
  if (!story) return {};
  return {
    title: `Compare the sources: ${story.title}`,
    description: `Two reports of “${story.title}” side by side: what each covers and the other leaves out, how each words it, and where they disagree.`,
    alternates: { canonical: `/stories/${story.id}/compare` },
  };
}

/** How a source carries a row's record: a statement's quotation, or an event's factuality. */
function howText(how: string | null | undefined): string | undefined {
  if (!how) return undefined;
  if (how in QUOTATION_LABEL) return `as ${QUOTATION_LABEL[how as keyof typeof QUOTATION_LABEL]}`;
  if (how in FACTUALITY_LABEL)
    return `reported as ${FACTUALITY_LABEL[how as keyof typeof FACTUALITY_LABEL]}`;
  return how;
}

/** A record and each source's words for it; with `only`, just the one source that carries it. */
function RowBlock({
  row,
  pair,
  only,
}: {
  row: CoverageRow;
  pair: readonly [string, string];
  only?: string;
}) {
  const shown = only ? [only] : pair;
  return (
    <li className="coverage-row">
      <p className="coverage-row__title">
        <span className="muted small">{KIND_LABEL[row.ref.kind].one}: </span>
        <Link href={recordHref(dataset, row.ref)}>{row.title}</Link>
      </p>
      <div className={only ? "" : "columns"}>
        {shown.map((source) => {
          const ev = row.bySource[source] ?? [];
          const how = howText(row.how[source]);
          return (
            <div key={source} className={only ? "" : "column"}>
              {only ? null : <p className="column__title">{sourceShortLabel(source)}</p>}
              {how ? <p className="muted small">{how}</p> : null}
              {ev.length ? (
                ev.map((e) => (
                  <EvidenceQuote
                    key={`${e.start}-${e.end}`}
                    evidence={e}
                    record={row.ref}
                    showSource={false}
                  />
                ))
              ) : (
                <p className="column__silent">Not in this source.</p>
              )}
            </div>
          );
        })}
      </div>
    </li>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const story = getStory(dataset, id);
  if (!story) notFound();
  const pair = parseCompareQuery(await searchParams, story.sources);
  if (!pair) notFound();
  const [a, b] = pair;
  const cmp = compareSources(dataset, pair);
  const onlyA = cmp.onlyIn[a] ?? [];
  const onlyB = cmp.onlyIn[b] ?? [];
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "WebPage",
            "@id": absoluteUrl(`/stories/${id}/compare`),
            name: `Compare the sources: ${story.title}`,
            about: pair.map((s) => ({
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
        <h1>
          {sourceShortLabel(a)} <span className="muted">and</span> {sourceShortLabel(b)}
        </h1>
        <p className="lede">
          What each report covers and the other leaves out, how each words the same things, and
          where they disagree. Every line links to the words it rests on.
        </p>
      </header>
      {story.sources.length > 2 ? (
        <form
          className="filters"
          method="get"
          action={`/stories/${id}/compare`}
          aria-label="Choose the sources"
        >
          <AutoSubmit />
          {(["a", "b"] as const).map((k, i) => (
            <div className="filters__field" key={k}>
              <label htmlFor={`c-${k}`}>{i ? "Second source" : "First source"}</label>
              <select id={`c-${k}`} name={k} defaultValue={pair[i]}>
                {story.sources.map((s) => (
                  <option key={s} value={s}>
                    {sourceLabel(s)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="filters__actions">
            <button type="submit">Compare</button>
          </div>
        </form>
      ) : (
        <p>
          <Link href={`/stories/${id}/compare?a=${b}&b=${a}`}>Swap the columns</Link>
        </p>
      )}
      <div className="columns compare-heads">
        {pair.map((s) => (
          <section key={s} className="column" aria-labelledby={`head-${s}`}>
            <h2 id={`head-${s}`} className="column__title">
              <Link href={`/sources/${s}`}>{sourceShortLabel(s)}</Link>
            </h2>
            <p className="column__subtitle">{sourceLabel(s)}</p>
            <p className="small">
              Carries {cmp.rows.filter((r) => (r.bySource[s]?.length ?? 0) > 0).length} of the{" "}
              {cmp.rows.length} records; {(cmp.onlyIn[s] ?? []).length} only here.
            </p>
          </section>
        ))}
      </div>

      <section className="section" id="disagreements" aria-labelledby="differ-heading">
        <h2 id="differ-heading">Where they disagree</h2>
        {cmp.discrepancies.length ? (
          cmp.discrepancies.map((d) => <DiscrepancyBlock key={d.id} discrepancy={d} />)
        ) : (
          <p className="muted">No discrepancy is recorded between these two.</p>
        )}
      </section>

      <section className="section" aria-labelledby="framing-heading">
        <h2 id="framing-heading">How each words the same things</h2>
        {cmp.framings.length ? (
          cmp.framings.map((f) => <FramingBlock key={f.id} framing={f} sources={pair} />)
        ) : (
          <p className="muted">No framing is recorded for these two.</p>
        )}
      </section>

      <section className="section" aria-labelledby="only-a-heading">
        <h2 id="only-a-heading">Only in {sourceShortLabel(a)}</h2>
        {onlyA.length ? (
          <ul className="coverage">
            {onlyA.map((r) => (
              <RowBlock key={`${r.ref.kind}-${r.ref.id}`} row={r} pair={pair} only={a} />
            ))}
          </ul>
        ) : (
          <p className="muted">
            Everything {sourceShortLabel(a)} reports, {sourceShortLabel(b)} reports too.
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="only-b-heading">
        <h2 id="only-b-heading">Only in {sourceShortLabel(b)}</h2>
        {onlyB.length ? (
          <ul className="coverage">
            {onlyB.map((r) => (
              <RowBlock key={`${r.ref.kind}-${r.ref.id}`} row={r} pair={pair} only={b} />
            ))}
          </ul>
        ) : (
          <p className="muted">
            Everything {sourceShortLabel(b)} reports, {sourceShortLabel(a)} reports too.
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="shared-heading">
        <h2 id="shared-heading">In both</h2>
        {cmp.shared.length ? (
          <ul className="coverage">
            {cmp.shared.map((r) => (
              <RowBlock key={`${r.ref.kind}-${r.ref.id}`} row={r} pair={pair} />
            ))}
          </ul>
        ) : (
          <p className="muted">The two share no record.</p>
        )}
      </section>
    </div>
  );
}
