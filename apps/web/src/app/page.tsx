import { EVENT_TYPES, getPlace, listStories, storyFacets } from "@dossier/core";
import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { OPTION_CHARS, optionName } from "@/lib/actors";
import { actorName, dataset, sourceShortLabel } from "@/lib/data";
import { displayIsoDate } from "@/lib/dates";
import type { SearchParams } from "@/lib/query";
import { absoluteUrl, SITE_DESCRIPTION } from "@/lib/site";
import {
  isStoryIndexFiltered,
  parseStoryIndexQuery,
  STORIES_PER_PAGE,
  storyIndexHref,
} from "@/lib/story-index";
import styles from "./story-index.module.css";

type Props = { searchParams: Promise<SearchParams> };

const facets = storyFacets(dataset);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = parseStoryIndexQuery(await searchParams, facets);
  const narrowed = isStoryIndexFiltered(q.filter) || q.page > 1;
  return {
    title: { absolute: "Dossier: the news, checked against its sources" },
    description: SITE_DESCRIPTION,
    alternates: { canonical: "/" },
    // filtered and later pages repeat the index: search engines keep to the first
    ...(narrowed ? { robots: { index: false, follow: true } } : {}),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const storiesCount = (n: number) => plural(n, "story", "stories");

function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export default async function HomePage({ searchParams }: Props) {
  const { filter, page } = parseStoryIndexQuery(await searchParams, facets);
  const result = listStories(dataset, filter, { page, perPage: STORIES_PER_PAGE });
  const filtered = isStoryIndexFiltered(filter);
  const total = dataset.stories.length;
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "CollectionPage",
            "@id": absoluteUrl("/"),
            name: "Stories",
            hasPart: result.items.map(({ story: s }) => ({
              "@type": "WebPage",
              name: s.title,
              url: absoluteUrl(`/stories/${s.id}`),
            })),
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Dossier</p>
        <h1>The news, line by line, against its sources</h1>
        <p className="lede">
          {SITE_DESCRIPTION} Open a story, then follow any line to the words it rests on.
        </p>
      </header>
      <section aria-labelledby="stories-heading" className="section">
        <h2 id="stories-heading">Stories</h2>
        <search>
          <form
            className={`filters ${styles.form}`}
            method="get"
            action="/"
            aria-label="Filter the stories"
          >
            <div className={`filters__field ${styles.words}`}>
              <label htmlFor="f-q">Words in the title or summary</label>
              <input
                id="f-q"
                name="q"
                type="search"
                defaultValue={filter.text ?? ""}
                maxLength={200}
              />
            </div>
            <div className={`filters__field ${styles.actor}`}>
              <label htmlFor="f-actor">Involving</label>
              <select id="f-actor" name="actor" defaultValue={filter.actor ?? ""}>
                <option value="">Anyone</option>
                {facets.actors.map((a) => {
                  const count = ` (${storiesCount(a.stories)})`;
                  return (
                    <option key={a.value} value={a.value} title={actorName(a.value)}>
                      {`${optionName(actorName(a.value), OPTION_CHARS - count.length)}${count}`}
                    </option>
                  );
                })}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor="f-place">Place</label>
              <select id="f-place" name="place" defaultValue={filter.place ?? ""}>
                <option value="">Anywhere</option>
                {facets.places.map((p) => (
                  <option key={p.value} value={p.value}>
                    {getPlace(dataset, p.value)?.name ?? p.value} ({storiesCount(p.stories)})
                  </option>
                ))}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor="f-type">Event type</label>
              <select id="f-type" name="type" defaultValue={filter.type?.[0] ?? ""}>
                <option value="">Any type</option>
                {facets.types.map((t) => (
                  <option key={t.value} value={t.value}>
                    {EVENT_TYPES[t.value].label} ({storiesCount(t.stories)})
                  </option>
                ))}
              </select>
            </div>
            <fieldset className={styles.period}>
              <legend>Period</legend>
              <div className="filters__field">
                <label htmlFor="f-from">From</label>
                <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} />
              </div>
              <div className="filters__field">
                <label htmlFor="f-to">To</label>
                <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} />
              </div>
            </fieldset>
            <div className={`filters__actions ${styles.actions}`}>
              <button type="submit">Show stories</button>
              {filtered ? <a href="/">Clear filters</a> : null}
            </div>
          </form>
        </search>
        <p className="result-count" role="status">
          {filtered
            ? `${result.total} of ${plural(total, "story", "stories")} match.`
            : `${plural(total, "story", "stories")}, newest first.`}
          {result.pages > 1 ? ` Page ${result.page} of ${result.pages}.` : ""}
        </p>
        {result.items.length ? (
          <ul className="story-list">
            {result.items.map(({ story, events, statements, sources }) => (
              <li key={story.id} className="card card--story">
                <p className="card__meta">
                  {displayIsoDate(story.period.start)} – {displayIsoDate(story.period.end)}
                </p>
                <h3 className="card__title">
                  <a href={`/stories/${story.id}`}>{story.title}</a>
                </h3>
                <p className="card__body">{story.summary}</p>
                <p className="muted small">
                  {plural(events, "event")} · {plural(statements, "statement")} · from{" "}
                  {joinNames(sources.map(sourceShortLabel))}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            No story matches these filters. <a href="/">Show every story</a>.
          </p>
        )}
        {result.pages > 1 ? (
          <nav className={styles.pager} aria-label="Pages of stories">
            {result.page > 1 ? (
              <a href={storyIndexHref(filter, result.page - 1)} rel="prev">
                ← Newer stories
              </a>
            ) : (
              <span />
            )}
            <span className="muted small">
              Page {result.page} of {result.pages}
            </span>
            {result.page < result.pages ? (
              <a href={storyIndexHref(filter, result.page + 1)} rel="next">
                Older stories →
              </a>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
