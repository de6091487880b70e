import {
  EVENT_TYPES,
  filterStatements,
  getEvent,
  getPlace,
  getStory,
  recordTitle,
} from "@dossier/core";
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
import { EventRendering } from "@/components/Rendering";
import { actorName, dataset } from "@/lib/data";
import { factualityBadge, factualityNotes } from "@/lib/factuality";
import { recordNode } from "@/lib/jsonld";
import { MEDIUM_LABEL } from "@/lib/labels";
import { prerenderedParams } from "@/lib/prerender";
import { INVERSE_RELATION_LABEL, RELATION_LABEL, ROLE_LABEL } from "@/lib/related";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).events;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = getEvent(dataset, (await params).id);
  if (!event) return {};
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical: `/events/${event.id}` },
    openGraph: { title: event.title, description: event.summary, type: "article" },
  };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const event = getEvent(dataset, id);
  if (!event) notFound();
  const story = getStory(dataset, event.story);
  const place = event.place ? getPlace(dataset, event.place) : undefined;
  const ref = { kind: "event", id } as const;
  const aboutAll = filterStatements(dataset, { about: id });
  // the statements through which a source reports this event: whose word it rests on
  const through = [
    ...new Set(event.attestations.flatMap((a) => (a.statement ? [a.statement] : []))),
  ]
    .map((s) => dataset.statements.find((x) => x.id === s))
    .filter((s) => s !== undefined);
  const madeIn = filterStatements(dataset, {}).filter((s) => s.communication === id);
  const notes = factualityNotes(event);
  // a statement the event is known through is listed there, not again among those about it
  const about = aboutAll.filter((s) => !through.includes(s) && s.communication !== id);
  const inverse = dataset.events.flatMap((e) =>
    e.relations.filter((r) => r.event === id).map((r) => ({ event: e, type: r.type })),
  );
  const type = EVENT_TYPES[event.type];
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "event", id })]} />
      <Breadcrumb
        trail={[
          story ? { href: `/stories/${story.id}`, label: story.title } : null,
          { href: `/stories/${event.story}/timeline?show=events`, label: "Events" },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          Event · <Badge tone="kind">{type.label}</Badge>
          {event.medium ? (
            <>
              {" "}
              <Badge>act of communication: {MEDIUM_LABEL[event.medium]}</Badge>
            </>
          ) : null}
          {notes.map((n) => (
            <span key={n.phrase}>
              {" "}
              <Badge tone="warn">{factualityBadge(n)}</Badge>
            </span>
          ))}
        </p>
        <h1>{event.title}</h1>
        <p className="lede">{event.summary}</p>
        {event.note ? <p className="note">{event.note}</p> : null}
      </header>

      <section className="section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">What the sources say</h2>
        <EvidenceColumns
          attestations={event.attestations}
          sources={story?.sources ?? []}
          record={ref}
          details={(a) => <EventRendering attestation={a} />}
        />
      </section>

      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">The record</h2>
        <dl className="facts">
          <dt>When</dt>
          <dd>
            <DateDetails date={event.date} record={ref} />
          </dd>
          <dt>Where</dt>
          <dd>
            {place ? (
              <a href={`/places/${place.id}`}>{place.name}</a>
            ) : (
              <span className="muted">Not recorded</span>
            )}
          </dd>
          {event.medium ? (
            <>
              <dt>Act of communication</dt>
              <dd>{MEDIUM_LABEL[event.medium]}</dd>
            </>
          ) : null}
          <dt>Type</dt>
          <dd>
            {type.label}: {type.description}{" "}
            <span className="muted small">
              CAMEO {type.cameo.code} ({type.cameo.label})
              {type.plover ? `; PLOVER ${type.plover}` : ""}
            </span>
          </dd>
          <dt>Who took part</dt>
          <dd>
            {event.participants.length ? (
              <ul className="plain-list">
                {event.participants.map((p) => (
                  <li key={`${p.actor}-${p.role}`}>
                    <a href={`/actors/${p.actor}`}>{actorName(p.actor)}</a>{" "}
                    <span className="muted">{ROLE_LABEL[p.role]}</span>
                    {p.note ? <span className="muted small"> · {p.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">No participants recorded</span>
            )}
          </dd>
          {event.relations.length || inverse.length ? (
            <>
              <dt>Related events</dt>
              <dd>
                <ul className="plain-list">
                  {event.relations.map((r) => (
                    <li key={`${r.type}-${r.event}`}>
                      <span className="muted">{RELATION_LABEL[r.type]}</span>{" "}
                      <a href={`/events/${r.event}`}>
                        {recordTitle(dataset, { kind: "event", id: r.event })}
                      </a>
                      {r.note ? <span className="muted small"> · {r.note}</span> : null}
                    </li>
                  ))}
                  {inverse.map(({ event: e, type: t }) => (
                    <li key={`inverse-${t}-${e.id}`}>
                      <span className="muted">{INVERSE_RELATION_LABEL[t]}</span>{" "}
                      <a href={`/events/${e.id}`}>{e.title}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {madeIn.length ? (
        <section className="section" aria-labelledby="made-in-heading">
          <h2 id="made-in-heading">What was said in it</h2>
          <p className="muted">
            The statements made in this{" "}
            {event.medium ? MEDIUM_LABEL[event.medium].replace(/^an? /, "") : "act"}, in order.
          </p>
          <ul className="card-list">
            {madeIn.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {through.length ? (
        <section className="section" aria-labelledby="claims-heading">
          <h2 id="claims-heading">Known through what was said</h2>
          <p className="muted">
            {notes.length
              ? "At least one source does not report this in its own voice; it reports someone saying it."
              : "A source reports this through someone's words."}
          </p>
          <ul className="card-list">
            {through.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {about.length ? (
        <section className="section" aria-labelledby="about-heading">
          <h2 id="about-heading">What was said about it</h2>
          <ul className="card-list">
            {about.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RelatedBlocks record={ref} />
      <ContextNotes ids={event.context} />
    </article>
  );
}
