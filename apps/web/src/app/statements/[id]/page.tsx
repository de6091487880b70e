import { getEvent, getStatement, getStory, recordEvidence } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/Badge";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ContextNotes } from "@/components/ContextNotes";
import { DateDetails } from "@/components/DateDetails";
import { EvidenceColumns } from "@/components/EvidenceColumns";
import { JsonLd } from "@/components/JsonLd";
import { StatementCard } from "@/components/RecordCards";
import { RelatedBlocks } from "@/components/RelatedBlocks";
import { StatementRendering } from "@/components/Rendering";
import { actorName, dataset } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { ACT_LABEL, MEDIUM_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { prerenderedParams } from "@/lib/prerender";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).statements;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = getStatement(dataset, (await params).id);
  if (!statement) return {};
  const title = `${actorName(statement.speaker)}: ${statement.gist}`;
  return {
    title,
    description: recordEvidence(statement)[0]?.quote ?? statement.gist,
    alternates: { canonical: `/statements/${statement.id}` },
    openGraph: { title, type: "article" },
  };
}

function ActorLinks({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return <span className="muted">None recorded</span>;
  return (
    <ul className="inline-list">
      {ids.map((a) => (
        <li key={a}>
          <a href={`/actors/${a}`}>{actorName(a)}</a>
        </li>
      ))}
    </ul>
  );
}

export default async function StatementPage({ params }: Props) {
  const { id } = await params;
  const statement = getStatement(dataset, id);
  if (!statement) notFound();
  const story = getStory(dataset, statement.story);
  const ref = { kind: "statement", id } as const;
  const act = statement.communication ? getEvent(dataset, statement.communication) : undefined;
  const sameAct = act
    ? dataset.statements.filter((s) => s.communication === act.id && s.id !== id)
    : [];
  // events a source reports through this statement: known only from what was said
  const reportsEvents = dataset.events.filter((e) =>
    e.attestations.some((a) => a.statement === id),
  );
  const quotations = [...new Set(statement.attestations.map((a) => a.quotation))];
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "statement", id })]} />
      <Breadcrumb
        trail={[
          story ? { href: `/stories/${story.id}`, label: story.title } : null,
          { href: `/stories/${statement.story}/timeline?show=statements`, label: "Statements" },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          Statement · <Badge tone="kind">{ACT_LABEL[statement.act]}</Badge>
          {quotations.map((q) => (
            <span key={q}>
              {" "}
              <Badge>{QUOTATION_LABEL[q]}</Badge>
            </span>
          ))}
        </p>
        <h1>
          <span className="speaker">
            {statement.speaker ? (
              <a href={`/actors/${statement.speaker}`}>{actorName(statement.speaker)}</a>
            ) : (
              "No speaker named"
            )}
          </span>
          <span className="visually-hidden">: </span>
          <span className="gist">{statement.gist}</span>
        </h1>
        {statement.note ? <p className="note">{statement.note}</p> : null}
      </header>

      <section className="section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Each source's rendering</h2>
        <p className="muted">
          How each source carries the claim: in quotation marks or in its own words, to whom it
          gives them, the verb and the name it uses, and on what occasion.
        </p>
        <EvidenceColumns
          attestations={statement.attestations}
          sources={story?.sources ?? []}
          record={ref}
          details={(a) => <StatementRendering attestation={a} />}
        />
      </section>

      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">The record</h2>
        <dl className="facts">
          <dt>Speaker</dt>
          <dd>
            {statement.speaker ? (
              <a href={`/actors/${statement.speaker}`}>{actorName(statement.speaker)}</a>
            ) : (
              <span className="muted">The source names no speaker</span>
            )}
          </dd>
          <dt>When</dt>
          <dd>
            <DateDetails date={statement.date} record={ref} />
          </dd>
          <dt>Made in</dt>
          <dd>
            {act ? (
              <>
                <a href={`/events/${act.id}`}>{act.title}</a>
                {act.medium ? <span className="muted"> ({MEDIUM_LABEL[act.medium]})</span> : null}
              </>
            ) : (
              <span className="muted">No act of communication recorded</span>
            )}
          </dd>
          <dt>What the speaker does</dt>
          <dd>{ACT_LABEL[statement.act]}</dd>
          <dt>Addressed to</dt>
          <dd>
            <ActorLinks ids={statement.addressees} />
          </dd>
          <dt>Aimed at</dt>
          <dd>
            <ActorLinks ids={statement.targets} />
          </dd>
          <dt>Mentions</dt>
          <dd>
            <ActorLinks ids={statement.mentions} />
          </dd>
          <dt>About</dt>
          <dd>
            {statement.about.length ? (
              <ul className="plain-list">
                {statement.about.map((e) => (
                  <li key={e}>
                    <a href={`/events/${e}`}>{getEvent(dataset, e)?.title ?? e}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">No event recorded</span>
            )}
          </dd>
          {reportsEvents.length ? (
            <>
              <dt>Events reported through it</dt>
              <dd>
                <ul className="plain-list">
                  {reportsEvents.map((e) => (
                    <li key={e.id}>
                      <a href={`/events/${e.id}`}>{e.title}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {act && sameAct.length ? (
        <section className="section" aria-labelledby="same-act-heading">
          <h2 id="same-act-heading">
            Said in the same {act.medium ? MEDIUM_LABEL[act.medium].replace(/^an? /, "") : "act"}
          </h2>
          <ul className="card-list">
            {sameAct.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RelatedBlocks record={ref} />
      <ContextNotes ids={statement.context} />
    </article>
  );
}
