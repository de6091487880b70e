import { filterEvents, getPlace } from "@dossier/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { EventCard } from "@/components/RecordCards";
import { dataset } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { prerenderedParams } from "@/lib/prerender";

type Props = { params: Promise<{ id: string }> };

// the newest stories' pages are built ahead; the rest render on first visit, then come from the cache
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).places;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = getPlace(dataset, (await params).id);
  if (!place) return {};
  return {
    title: place.name,
    description: `${place.name}: where the sources mention it and what happened there.`,
    alternates: { canonical: `/places/${place.id}` },
  };
}

export default async function PlacePage({ params }: Props) {
  const { id } = await params;
  const place = getPlace(dataset, id);
  if (!place) notFound();
  const within = place.within ? getPlace(dataset, place.within) : undefined;
  const events = filterEvents(dataset).filter((e) => e.place === id);
  const ref = { kind: "place", id } as const;
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "place", id })]} />
      <header className="page-header">
        <p className="eyebrow">Place · {place.kind}</p>
        <h1>{place.name}</h1>
        {within ? (
          <p className="lede">
            In <Link href={`/places/${within.id}`}>{within.name}</Link>
          </p>
        ) : null}
        {place.note ? <p className="note">{place.note}</p> : null}
      </header>
      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">What happened here</h2>
        {events.length ? (
          <ul className="card-list">
            {events.map((e) => (
              <li key={e.id}>
                <EventCard event={e} />
              </li>
            ))}
          </ul>
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
