import { getSource, sourceAnnotations, sourceSegments } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/Breadcrumb";
import { JsonLd } from "@/components/JsonLd";
import { SourceProvenance } from "@/components/SourceProvenance";
import { SourceText } from "@/components/SourceText";
import { dataset, sourceLabel } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { anchorId, KIND_LABEL, recordHref } from "@/lib/links";
import { prerenderedParams } from "@/lib/prerender";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).sources;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource(dataset, (await params).id);
  if (!source) return {};
  const title = sourceLabel(source);
  return {
    title,
    description: `The full text of “${title}”, every passage the records rest on highlighted and linked.`,
    alternates: { canonical: `/sources/${source.id}` },
  };
}

const LEGEND_TEXT: Partial<Record<string, string>> = {
  event: "An event: tinted, solid line",
  statement: "A statement: tinted, solid line",
  actor: "A name for an actor: dotted line",
  place: "A place: dashed line",
  framing: "Wording compared across sources: wavy line",
  discrepancy: "Where the sources differ: double line",
};

const ROLE_LEGEND: Record<string, string> = {
  "speaker-name": "The name a statement's speaker is given: bold",
  cue: "A reporting cue (“said”, “stressed”): italic",
  occasion: "The occasion of a statement (“in a letter”): dashed box",
};

const ROLE_LABEL: Record<string, string> = {
  evidence: "evidence",
  "speaker-name": "the speaker's name",
  cue: "reporting cue",
  occasion: "occasion",
  date: "dating words",
  alias: "a name used",
  mention: "a mention",
  framing: "wording",
  discrepancy: "a discrepancy",
};

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const source = getSource(dataset, id);
  if (!source) notFound();
  const story = dataset.stories.find((s) => s.sources.includes(id));
  const annotations = sourceAnnotations(dataset, id);
  const kinds = [...new Set(annotations.map((a) => a.ref.kind))];
  const roles = Object.keys(ROLE_LEGEND).filter((r) => annotations.some((a) => a.role === r));
  const _known = <T,>(a: { status: string; value?: T }) =>
    a.status === "unknown" ? undefined : a.value;
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "source", id })]} />
      {story ? (
        <Breadcrumb
          trail={[
            { href: `/stories/${story.id}`, label: story.title },
            { href: `/stories/${story.id}#sources`, label: "Sources" },
          ]}
        />
      ) : null}
      <header className="page-header">
        <p className="eyebrow">Source</p>
        <h1>{sourceLabel(source)}</h1>
      </header>
      <div className="source-layout">
        <section aria-labelledby="text-heading" className="source-layout__text">
          <h2 id="text-heading">Full text</h2>
          <p className="muted small">
            Verbatim, slips and all. Marked words ground a record: follow one to open it, or hover
            to see every record it grounds.
          </p>
          <SourceText ds={dataset} segments={sourceSegments(dataset, id)} />
        </section>
        <aside className="source-layout__side" aria-label="About this text">
          <section aria-labelledby="legend-heading" className="legend">
            <h2 id="legend-heading">Legend</h2>
            <ul>
              {kinds.map((k) => (
                <li key={k}>
                  <span className="swatch" aria-hidden="true">
                    <span
                      className={`hl hl--${k}${k === "event" ? " in-event" : k === "statement" ? " in-statement" : ""}`}
                    >
                      words
                    </span>
                  </span>{" "}
                  {LEGEND_TEXT[k] ?? KIND_LABEL[k].one} (
                  {annotations.filter((a) => a.ref.kind === k).length})
                </li>
              ))}
              {roles.map((r) => (
                <li key={r}>
                  <span className="swatch" aria-hidden="true">
                    <span className={`seg in-statement role-${r}`}>words</span>
                  </span>{" "}
                  {ROLE_LEGEND[r]} ({annotations.filter((a) => a.role === r).length})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="provenance-heading">
            <h2 id="provenance-heading">Where it comes from</h2>
            <SourceProvenance source={source} />
            <p className="small muted">
              SHA-256 of the text: <code className="hash">{source.sha256}</code>
            </p>
            {source.notes.length ? (
              <>
                <h3>Notes on the text</h3>
                <ul className="notes">
                  {source.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </aside>
      </div>
      <section className="section" aria-labelledby="index-heading">
        <h2 id="index-heading">Every annotated passage</h2>
        <details className="annotation-details">
          <summary>
            All {annotations.length} passages in text order, with the record each grounds
          </summary>
          <ol className="annotation-index">
            {annotations.map((a) => (
              <li key={`${a.ref.kind}-${a.ref.id}-${a.start}-${a.end}-${a.role}`}>
                <a href={`#${anchorId(a.ref)}`} className="annotation-index__quote">
                  “{source.text.slice(a.start, a.end)}”
                </a>{" "}
                <span className="muted small">
                  {ROLE_LABEL[a.role] ?? a.role} for {KIND_LABEL[a.ref.kind].one.toLowerCase()}
                </span>{" "}
                <a href={recordHref(dataset, a.ref)}>{a.label}</a>
              </li>
            ))}
          </ol>
        </details>
      </section>
    </article>
  );
}
