import { placeProfile } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { EventCard } from "@/components/RecordCards";
import { StoryGroup } from "@/components/StoryGroup";
import { dataset } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { prerenderedParams } from "@/lib/prerender";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).places;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = placeProfile(dataset, (await params).id);
  if (!profile) return {};
  const { place } = profile;
  return {
    title: place.name,
    description: `${place.name}: where the sources mention it and what happened there, story by story.`,
    alternates: { canonical: `/places/${place.id}` },
  };
}

export default async function PlacePage({ params }: Props) {
  const { id } = await params;
  const profile = placeProfile(dataset, id);
  if (!profile) notFound();
  const { place, within, contains, eventsByStory } = profile;
  const ref = { kind: "place", id } as const;
  const eventCount = eventsByStory.reduce((n, g) => n + g.records.length, 0);
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "place", id })]} />
      <header className="page-header">
        <p className="eyebrow">Place · {place.kind}</p>
        <h1>{place.name}</h1>
        {within.length ? (
          <p className="lede">
            In{" "}
            {within.map((p, i) => (
              <span key={p.id}>
                {i ? ", " : ""}
                <a href={`/places/${p.id}`}>{p.name}</a>
              </span>
            ))}
          </p>
        ) : null}
        {place.note ? <p className="note">{place.note}</p> : null}
        {contains.length ? (
          <p>
            Includes{" "}
            {contains.map((p, i) => (
              <span key={p.id}>
                {i ? ", " : ""}
                <a href={`/places/${p.id}`}>{p.name}</a>
              </span>
            ))}
            .
          </p>
        ) : null}
      </header>
      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">What happened here</h2>
        {eventsByStory.length ? (
          <>
            <p className="muted">
              {eventCount} {eventCount === 1 ? "event" : "events"}
              {contains.length ? `, here or in a place within it,` : ""} in {eventsByStory.length}{" "}
              {eventsByStory.length === 1 ? "story" : "stories"}
              {eventsByStory.length > 1 ? ", newest story first" : ""}.
            </p>
            {eventsByStory.map(({ story, records }) => (
              <StoryGroup
                key={story.id}
                story={story}
                idPrefix="events-in"
                count={`${records.length} ${records.length === 1 ? "event" : "events"}`}
              >
                <ul className="card-list">
                  {records.map((e) => (
                    <li key={e.id}>
                      <EventCard event={e} headingLevel={4} />
                    </li>
                  ))}
                </ul>
              </StoryGroup>
            ))}
          </>
        ) : (
          <p className="muted">No event is placed here.</p>
        )}
      </section>
      <section className="section" aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">Where the sources name it</h2>
        {place.mentions.length ? (
          place.mentions.map((m) => (
            <EvidenceQuote key={`${m.source}-${m.start}`} evidence={m} record={ref} />
          ))
        ) : (
          <p className="muted">Not named in the sources.</p>
        )}
      </section>
    </article>
  );
}
