import { getEvent, getStatement, getStory } from "@dossier/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/Badge";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ContextNotes } from "@/components/ContextNotes";
import { DateDetails } from "@/components/DateDetails";
import { EvidenceColumns } from "@/components/EvidenceColumns";
import { JsonLd } from "@/components/JsonLd";
import { RelatedBlocks } from "@/components/RelatedBlocks";
import { actorName, dataset } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { ACT_LABEL, MODE_LABEL } from "@/lib/labels";
import { OCCASION_LABEL } from "@/lib/related";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.statements.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = getStatement(dataset, (await params).id);
  if (!statement) return {};
  const title = `${actorName(statement.speaker)}: ${statement.gist}`;
  return {
    title,
    description: statement.evidence[0]?.quote ?? statement.gist,
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
          <Link href={`/actors/${a}`}>{actorName(a)}</Link>
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
  const occasionEvent = statement.occasion.event
    ? getEvent(dataset, statement.occasion.event)
    : undefined;
  const claimsEvents = dataset.events.filter((e) => e.claimedIn.includes(id));
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
          Statement · <Badge tone="kind">{ACT_LABEL[statement.act]}</Badge>{" "}
          <Badge>{MODE_LABEL[statement.mode]}</Badge>
        </p>
        <h1>
          <span className="speaker">
            {statement.speaker ? (
              <Link href={`/actors/${statement.speaker}`}>{actorName(statement.speaker)}</Link>
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
        <h2 id="evidence-heading">The words, as each source carries them</h2>
        <EvidenceColumns
          evidence={statement.evidence}
          sources={story?.sources ?? []}
          record={ref}
        />
      </section>

      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">The record</h2>
        <dl className="facts">
          <dt>Speaker</dt>
          <dd>
            {statement.speaker ? (
              <Link href={`/actors/${statement.speaker}`}>{actorName(statement.speaker)}</Link>
            ) : (
              <span className="muted">The source names no speaker</span>
            )}
          </dd>
          <dt>When</dt>
          <dd>
            <DateDetails date={statement.date} record={ref} />
          </dd>
          <dt>Occasion</dt>
          <dd>
            {OCCASION_LABEL[statement.occasion.kind]}
            {statement.occasion.description ? `: ${statement.occasion.description}` : ""}
            {occasionEvent ? (
              <>
                {" "}
                (<Link href={`/events/${occasionEvent.id}`}>{occasionEvent.title}</Link>)
              </>
            ) : null}
          </dd>
          <dt>What the speaker does</dt>
          <dd>{ACT_LABEL[statement.act]}</dd>
          <dt>How the source carries it</dt>
          <dd>{MODE_LABEL[statement.mode]}</dd>
          <dt>Addressed to</dt>
          <dd>
            <ActorLinks ids={statement.addressees} />
          </dd>
          <dt>Aimed at</dt>
          <dd>
            <ActorLinks ids={statement.targets} />
          </dd>
          <dt>About</dt>
          <dd>
            {statement.about.length ? (
              <ul className="plain-list">
                {statement.about.map((e) => (
                  <li key={e}>
                    <Link href={`/events/${e}`}>{getEvent(dataset, e)?.title ?? e}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">No event recorded</span>
            )}
          </dd>
          {claimsEvents.length ? (
            <>
              <dt>Events known only from it</dt>
              <dd>
                <ul className="plain-list">
                  {claimsEvents.map((e) => (
                    <li key={e.id}>
                      <Link href={`/events/${e.id}`}>{e.title}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <RelatedBlocks record={ref} />
      <ContextNotes ids={statement.context} />
    </article>
  );
}
