import { type PlaceProfile, placeProfile } from "@dossier/core";
import { Breadcrumb } from "@/components/Breadcrumb";
import { EvidenceQuote } from "@/components/EvidenceQuote";
import { JsonLd } from "@/components/JsonLd";
import { EventCard } from "@/components/RecordCards";
import { StoryGroup } from "@/components/StoryGroup";
import { PastLastPage, StoryPager } from "@/components/StoryPager";
import { dataset } from "@/lib/data";
import { recordNode } from "@/lib/jsonld";
import { STORIES_PER_PAGE, type StoryPage, storyPage } from "@/lib/story-pages";

/** The address of a page of a place's stories: the first is the place's own. */
export const placePageHref = (id: string, page: number) =>
  page === 1 ? `/places/${id}` : `/places/${id}/page/${page}`;

/** Where a source names the place, and the story that source belongs to. */
type PlaceMention = PlaceProfile["place"]["mentions"][number] & { story: string };

/** The story each source belongs to, for the mentions, which name a source and not a story. */
function sourceStory(): Map<string, string> {
  return new Map(dataset.stories.flatMap((s) => s.sources.map((src) => [src, s.id] as const)));
}

/** A place's page of stories (`perPage` of them): its events and the sources' mentions of it, in those stories. */
export function placePage(id: string, page: number, perPage = STORIES_PER_PAGE) {
  const profile = placeProfile(dataset, id);
  if (!profile) return undefined;
  const storyOf = sourceStory();
  const mentions = profile.place.mentions.flatMap((m): PlaceMention[] => {
    const story = storyOf.get(m.source);
    return story ? [{ ...m, story }] : [];
  });
  const records = [...profile.eventsByStory.flatMap((g) => g.records), ...mentions];
  return {
    profile,
    mentions,
    at: storyPage(dataset, records, page, perPage),
    last: storyPage(dataset, records, 1, perPage)?.pages ?? 1,
  };
}

/**
 * A place: where it lies, what happened there story by story, and where the sources name it, a
 * page of stories at a time (lib/story-pages.ts).
 */
export function PlaceView({
  profile,
  mentions,
  at,
  page,
  last,
}: {
  profile: PlaceProfile;
  mentions: readonly PlaceMention[];
  at: StoryPage | undefined;
  page: number;
  last: number;
}) {
  const { place, within, contains } = profile;
  const id = place.id;
  const ref = { kind: "place", id } as const;
  const first = page === 1;
  const eventsByStory = at ? profile.eventsByStory.filter((g) => at.has(g.story.id)) : [];
  const shownMentions = at ? mentions.filter((m) => at.has(m.story)) : [];
  const eventCount = profile.eventsByStory.reduce((n, g) => n + g.records.length, 0);
  if (!at)
    return (
      <article className="wrap record">
        <Breadcrumb trail={[{ href: `/places/${id}`, label: place.name }]} />
        <header className="page-header">
          <p className="eyebrow">Place · {place.kind}</p>
          <h1>{place.name}</h1>
          <PastLastPage
            page={page}
            last={last}
            whose={`the records at ${place.name}`}
            href={(n) => placePageHref(id, n)}
          />
        </header>
      </article>
    );
  const pager = (where: string) =>
    at ? (
      <StoryPager
        at={at}
        href={(n) => placePageHref(id, n)}
        label={`Pages of the stories at ${place.name}, ${where}`}
      />
    ) : null;
  return (
    <article className="wrap record">
      {first ? <JsonLd nodes={[recordNode({ kind: "place", id })]} /> : null}
      {first ? null : <Breadcrumb trail={[{ href: `/places/${id}`, label: place.name }]} />}
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
        {at && !first ? (
          <p className="muted">
            Stories {at.first}–{at.first + at.stories.length - 1} of {at.total}.
          </p>
        ) : null}
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
      {pager("above")}
      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">What happened here</h2>
        {profile.eventsByStory.length ? (
          <>
            <p className="muted">
              {eventCount} {eventCount === 1 ? "event" : "events"}
              {contains.length ? `, here or in a place within it,` : ""} in{" "}
              {profile.eventsByStory.length}{" "}
              {profile.eventsByStory.length === 1 ? "story" : "stories"}
              {profile.eventsByStory.length > 1 ? ", newest story first" : ""}.
            </p>
            {eventsByStory.length ? null : (
              <p className="muted">None in the stories of this page.</p>
            )}
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
          shownMentions.length ? (
            shownMentions.map((m) => (
              <EvidenceQuote key={`${m.source}-${m.start}`} evidence={m} record={ref} />
            ))
          ) : (
            <p className="muted">Not named in the sources of this page's stories.</p>
          )
        ) : (
          <p className="muted">Not named in the sources.</p>
        )}
      </section>
      {pager("below")}
    </article>
  );
}
