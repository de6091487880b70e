import { actorProfile, getActor } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/Badge";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ContextNotes } from "@/components/ContextNotes";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { EventCard, StatementCard } from "@/components/RecordCards";
import { StoryGroup } from "@/components/StoryGroup";
import { ACTOR_KIND_LABEL, isSlip } from "@/lib/actors";
import { dataset, sourceShortLabel } from "@/lib/data";
import { displayIsoDate } from "@/lib/dates";
import { recordNode } from "@/lib/jsonld";
import { VARIANT_LABEL } from "@/lib/labels";
import { prerenderedParams } from "@/lib/prerender";
import { ROLE_LABEL } from "@/lib/related";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).actors;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = getActor(dataset, (await params).id);
  if (!actor) return {};
  return {
    title: actor.name,
    description: actor.description,
    alternates: { canonical: `/actors/${actor.id}` },
    openGraph: { title: actor.name, description: actor.description, type: "profile" },
  };
}

export default async function ActorPage({ params }: Props) {
  const { id } = await params;
  const profile = actorProfile(dataset, id);
  if (!profile) notFound();
  const { actor } = profile;
  const ref = { kind: "actor", id } as const;
  const roleContext = [...new Set(actor.roles.flatMap((r) => r.context))];
  return (
    <article className="wrap record">
      <JsonLd nodes={[recordNode({ kind: "actor", id })]} />
      <Breadcrumb trail={[{ href: "/actors", label: "Actors" }]} />
      <header className="page-header">
        <p className="eyebrow">{ACTOR_KIND_LABEL[actor.kind].one}</p>
        <h1>{actor.name}</h1>
        <p className="lede">{actor.description}</p>
        {actor.note ? <p className="note">{actor.note}</p> : null}
        {profile.memberOf.length || profile.members.length || actor.externalIds.wikidata ? (
          <dl className="facts facts--compact">
            {profile.memberOf.length ? (
              <>
                <dt>Part of</dt>
                <dd>
                  {profile.memberOf.map((m, i) => (
                    <span key={m.id}>
                      {i ? ", " : ""}
                      <a href={`/actors/${m.id}`}>{m.name}</a>
                    </span>
                  ))}
                </dd>
              </>
            ) : null}
            {profile.members.length ? (
              <>
                <dt>Includes</dt>
                <dd>
                  {profile.members.map((m, i) => (
                    <span key={m.id}>
                      {i ? ", " : ""}
                      <a href={`/actors/${m.id}`}>{m.name}</a>
                    </span>
                  ))}
                </dd>
              </>
            ) : null}
            {actor.externalIds.wikidata ? (
              <>
                <dt>Wikidata</dt>
                <dd>
                  <a
                    href={`https://www.wikidata.org/wiki/${actor.externalIds.wikidata}`}
                    rel="noreferrer"
                  >
                    {actor.externalIds.wikidata}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </header>

      {profile.roles.length ? (
        <section className="section" aria-labelledby="roles-heading">
          <h2 id="roles-heading">Roles</h2>
          <ul className="role-list">
            {profile.roles.map((r) => (
              <li key={`${r.title}-${r.of ?? ""}`}>
                <p>
                  <strong>{r.title}</strong>
                  {r.ofActor ? (
                    <>
                      , <a href={`/actors/${r.ofActor.id}`}>{r.ofActor.name}</a>
                    </>
                  ) : null}
                  {r.from || r.to ? (
                    <span className="muted">
                      {" "}
                      ({r.from ? `from ${displayIsoDate(r.from)}` : ""}
                      {r.from && r.to ? " " : ""}
                      {r.to ? `until ${displayIsoDate(r.to)}` : ""})
                    </span>
                  ) : null}
                </p>
                {r.note ? <p className="muted small">{r.note}</p> : null}
                {r.evidence.map((e) => (
                  <EvidenceQuote key={`${e.source}-${e.start}`} evidence={e} record={ref} />
                ))}
                {!r.evidence.length && r.context.length ? (
                  <p className="muted small">From context outside the sources (see below).</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="names-heading">
        <h2 id="names-heading">Names the sources use</h2>
        {profile.aliases.length ? (
          <ul className="alias-list">
            {profile.aliases.map((a) => (
              <li
                key={`${a.name}-${a.variant}`}
                className={isSlip(a.variant) ? "alias alias--slip" : "alias"}
              >
                <p>
                  <strong className="alias__name">“{a.name}”</strong>{" "}
                  <Badge tone={isSlip(a.variant) ? "warn" : "plain"}>
                    {VARIANT_LABEL[a.variant]}
                  </Badge>{" "}
                  <span className="muted small">
                    in {a.sources.map(sourceShortLabel).join(" and ")}
                  </span>
                </p>
                {a.note ? <p className="small">{a.note}</p> : null}
                <details className="alias__evidence">
                  <summary>Where it is used ({a.evidence.length})</summary>
                  {a.evidence.map((e) => (
                    <EvidenceQuote key={`${e.source}-${e.start}`} evidence={e} record={ref} />
                  ))}
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">The sources name this actor only as the record does.</p>
        )}
      </section>

      <section className="section" aria-labelledby="said-heading">
        <h2 id="said-heading">What {actor.name} said</h2>
        {profile.statementsByStory.length ? (
          <>
            {profile.statementsByStory.length > 1 ? (
              <p className="muted">
                {profile.statements.length} statements in {profile.statementsByStory.length}{" "}
                stories, newest story first.
              </p>
            ) : null}
            {profile.statementsByStory.map(({ story, records }) => (
              <StoryGroup
                key={story.id}
                story={story}
                idPrefix="said-in"
                count={`${records.length} ${records.length === 1 ? "statement" : "statements"}`}
              >
                <ul className="card-list">
                  {records.map((s) => (
                    <li key={s.id}>
                      <StatementCard statement={s} showSpeaker={false} headingLevel={4} />
                    </li>
                  ))}
                </ul>
              </StoryGroup>
            ))}
          </>
        ) : (
          <p className="muted">No statements recorded.</p>
        )}
      </section>

      {profile.mentionedIn.length ? (
        <section className="section" aria-labelledby="mentioned-heading">
          <h2 id="mentioned-heading">Addressed or aimed at by others</h2>
          <ul className="card-list">
            {profile.mentionedIn.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        {profile.events.length ? (
          <ul className="card-list">
            {profile.events.map(({ event, roles }) => (
              <li key={event.id}>
                <p className="small muted">{roles.map((r) => ROLE_LABEL[r]).join(", ")}</p>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No events recorded.</p>
        )}
      </section>
      <ContextNotes ids={roleContext} />
    </article>
  );
}
