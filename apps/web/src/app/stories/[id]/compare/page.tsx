import { compareSources, coverageMatrix, getStory } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/Breadcrumb";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { DisagreementLinks } from "@/components/DisagreementList";
import { JsonLd } from "@/components/JsonLd";
import { dataset, sourceLabel, sourceShortLabel } from "@/lib/data";
import { anchorId } from "@/lib/links";
import { compareHref, param, parseCompareQuery, type SearchParams } from "@/lib/query";
import { absoluteUrl } from "@/lib/site";
import { CompareDetail, openDetail } from "./CompareDetail";
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
  // a disagreement opens on this page, the same sources chosen, at its place in the list
  const disagreementHref = (d: string) =>
    `${compareHref(id, ids)}&open=${encodeURIComponent(d)}#${anchorId({ kind: "discrepancy", id: d })}`;
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
          disagreementHref={disagreementHref}
        />
      </section>

      <section className="section" id="disagreements" aria-labelledby="differ-heading">
        <h2 id="differ-heading">Where they disagree</h2>
        {cmp.discrepancies.length ? (
          <>
            <p>
              {cmp.discrepancies.length} points, grouped by kind; open one for each side's words.
            </p>
            <DisagreementLinks
              discrepancies={cmp.discrepancies}
              href={(d) => disagreementHref(d.id)}
              open={param(sp, "open")}
              closeHref={(d) =>
                `${compareHref(id, ids)}#${anchorId({ kind: "discrepancy", id: d.id })}`
              }
            />
          </>
        ) : (
          <p className="muted">No discrepancy is recorded between these sources.</p>
        )}
      </section>

      <CompareDetail
        storyId={id}
        cmp={cmp}
        ids={ids}
        open={openDetail(cmp, param(sp, "detail"), param(sp, "open"))}
      />
    </div>
  );
}
