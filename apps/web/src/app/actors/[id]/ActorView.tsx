import { type ActorProfile, actorProfile, groupByStory } from "@dossier/core";
import { Badge } from "@/components/Badge";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ContextNotes } from "@/components/ContextNotes";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { EventCard, StatementCard } from "@/components/RecordCards";
import { StoryGroup } from "@/components/StoryGroup";
import { PastLastPage, StoryPager } from "@/components/StoryPager";
import { ACTOR_KIND_LABEL, isSlip } from "@/lib/actors";
import { dataset, sourceShortLabel } from "@/lib/data";
import { displayIsoDate } from "@/lib/dates";
import { recordNode } from "@/lib/jsonld";
import { VARIANT_LABEL } from "@/lib/labels";
import { ROLE_LABEL } from "@/lib/related";
import { STORIES_PER_PAGE, type StoryPage, storyPage } from "@/lib/story-pages";

/** The address of a page of an actor's stories: the first is the actor's own. */
export const actorPageHref = (id: string, page: number) =>
  page === 1 ? `/actors/${id}` : `/actors/${id}/page/${page}`;

/** An actor's page of stories (`perPage` of them), or why it has none: the number is past the last. */
export function actorPage(id: string, page: number, perPage = STORIES_PER_PAGE) {
  const profile = actorProfile(dataset, id);
  if (!profile) return undefined;
  const records = [
    ...profile.statements,
    ...profile.mentionedIn,
    ...profile.events.map((e) => e.event),
  ];
  return {
    profile,
    at: storyPage(dataset, records, page, perPage),
    last: storyPage(dataset, records, 1, perPage)?.pages ?? 1,
  };
}

/**
 * An actor: who, the names the sources use, then what they said, what others said to or of them,
 * and the events they took part in, a page of stories at a time (lib/story-pages.ts); the roles and
 * names lead the first page only.
 */
export function ActorView({
  profile,
  at,
  page,
  last,
}: {
  profile: ActorProfile;
  at: StoryPage | undefined;
  page: number;
  last: number;
}) {
  const { actor } = profile;
  const id = actor.id;
  const first = page === 1;
  if (!at)
    return (
      <article className="wrap record">
        <Breadcrumb
          trail={[
            { href: "/actors", label: "Actors" },
            { href: `/actors/${id}`, label: actor.name },
          ]}
        />
        <header className="page-header">
          <p className="eyebrow">{ACTOR_KIND_LABEL[actor.kind].one}</p>
          <h1>{actor.name}</h1>
          <PastLastPage
            page={page}
            last={last}
            whose={`${actor.name}'s records`}
            href={(n) => actorPageHref(id, n)}
          />
        </header>
      </article>
    );
  const pager = (where: string) =>
    at ? (
      <StoryPager
        at={at}
        href={(n) => actorPageHref(id, n)}
        label={`Pages of ${actor.name}'s stories, ${where}`}
      />
    ) : null;
  const onPage = <T extends { story: string }>(list: readonly T[]) =>
    at ? list.filter((r) => at.has(r.story)) : [];
  const said = groupByStory(dataset, onPage(profile.statements));
  const mentioned = onPage(profile.mentionedIn);
  const events = groupByStory(
    dataset,
    onPage(profile.events.map((e) => ({ ...e, story: e.event.story }))),
  );
  const ref = { kind: "actor", id } as const;
  const roleContext = [...new Set(actor.roles.flatMap((r) => r.context))];
  return (
    <article className="wrap record">
      {first ? <JsonLd nodes={[recordNode({ kind: "actor", id })]} /> : null}
      <Breadcrumb
        trail={[
          { href: "/actors", label: "Actors" },
          ...(first ? [] : [{ href: `/actors/${id}`, label: actor.name }]),
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">{ACTOR_KIND_LABEL[actor.kind].one}</p>
        <h1>{actor.name}</h1>
        <p className="lede">{actor.description}</p>
        {at && !first ? (
          <p className="muted">
            Stories {at.first}–{at.first + at.stories.length - 1} of {at.total}. Roles and the names
            the sources use are on <a href={`/actors/${id}`}>the first page</a>.
          </p>
        ) : null}
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

      {first && profile.roles.length ? (
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

      {first ? (
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
      ) : null}
      {pager("above")}

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
            {said.length ? null : <p className="muted">None in the stories of this page.</p>}
            {said.map(({ story, records }) => (
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

      {mentioned.length ? (
        <section className="section" aria-labelledby="mentioned-heading">
          <h2 id="mentioned-heading">Addressed or aimed at by others</h2>
          <ul className="card-list">
            {mentioned.map((s) => (
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
          events.length ? (
            events.map(({ story, records }) => (
              <StoryGroup
                key={story.id}
                story={story}
                idPrefix="events-in"
                count={`${records.length} ${records.length === 1 ? "event" : "events"}`}
              >
                <ul className="card-list">
                  {records.map(({ event, roles }) => (
                    <li key={event.id}>
                      <p className="small muted">{roles.map((r) => ROLE_LABEL[r]).join(", ")}</p>
                      <EventCard event={event} headingLevel={4} />
                    </li>
                  ))}
                </ul>
              </StoryGroup>
            ))
          ) : (
            <p className="muted">None in the stories of this page.</p>
          )
        ) : (
          <p className="muted">No events recorded.</p>
        )}
      </section>
      {pager("below")}
      {first ? <ContextNotes ids={roleContext} /> : null}
    </article>
  );
}
