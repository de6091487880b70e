import { EVENT_TYPES, getStory, type TimelineEntry, timeline, timelineLanes } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoSubmit } from "@/components/AutoSubmit";
import { Breadcrumb } from "@/components/Breadcrumb";
import { JsonLd } from "@/components/JsonLd";
import { EventCard, StatementCard } from "@/components/RecordCards";
import { TimelineChart } from "@/components/TimelineChart";
import { optionName } from "@/lib/actors";
import { actorName, dataset } from "@/lib/data";
import { ACT_LABEL } from "@/lib/labels";
import { isFiltered, parseChartGroup, parseTimelineQuery, type SearchParams } from "@/lib/query";
import { absoluteUrl } from "@/lib/site";
import "./timeline.css";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory(dataset, (await params).id);
  if (!story) return {};
  return {
    title: `Timeline: ${story.title}`,
    description: `Events and statements of “${story.title}” in order, each date shown with its precision.`,
    alternates: { canonical: `/stories/${story.id}/timeline` },
  };
}

/** An actor's name as a choice: cut at a word, whole in the option's title and the status line. */
const optionNameOf = (id: string) => optionName(actorName(id));

/** Actors who appear in the story's events or statements, by name. */
function storyActors(storyId: string) {
  const ids = new Set<string>();
  for (const e of dataset.events)
    if (e.story === storyId) for (const p of e.participants) ids.add(p.actor);
  const speakers = new Set<string>();
  for (const s of dataset.statements) {
    if (s.story !== storyId) continue;
    if (s.speaker) speakers.add(s.speaker);
    for (const a of [...s.targets, ...s.addressees]) ids.add(a);
  }
  const byName = (list: Iterable<string>) =>
    [...list].sort((a, b) => actorName(a).localeCompare(actorName(b)));
  return { all: byName(new Set([...ids, ...speakers])), speakers: byName(speakers) };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const story = getStory(dataset, id);
  if (!story) notFound();
  const actors = storyActors(id);
  const types = [...new Set(dataset.events.filter((e) => e.story === id).map((e) => e.type))];
  const acts = [...new Set(dataset.statements.filter((s) => s.story === id).map((s) => s.act))];
  const sp = await searchParams;
  const q = parseTimelineQuery(sp, { types, acts, actors: actors.all });
  const group = parseChartGroup(sp);
  const all = timeline(dataset, { story: id });
  const entries: TimelineEntry[] = timeline(dataset, {
    story: id,
    ...(q.kinds.length ? { kinds: q.kinds } : {}),
    ...(q.type.length ? { type: q.type } : {}),
    ...(q.act.length ? { act: q.act } : {}),
    ...(q.actor ? { actor: q.actor } : {}),
    ...(q.speaker ? { speaker: q.speaker } : {}),
  });
  const show = q.kinds.length === 1 ? (q.kinds[0] === "event" ? "events" : "statements") : "";
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "ItemList",
            "@id": absoluteUrl(`/stories/${id}/timeline`),
            name: `Timeline: ${story.title}`,
            itemListElement: all.map((e, i) => ({
              "@type": "ListItem",
              position: i + 1,
              url: absoluteUrl(`/${e.kind === "event" ? "events" : "statements"}/${e.record.id}`),
            })),
          },
        ]}
      />
      <Breadcrumb trail={[{ href: `/stories/${id}`, label: story.title }]} />
      <header className="page-header">
        <p className="eyebrow">Timeline</p>
        <h1>{story.title}, in order</h1>
        <p className="lede">
          Each date is given as precisely as the sources allow it: a day, a part of a day, or only a
          month.
        </p>
      </header>
      <form
        className="filters"
        method="get"
        action={`/stories/${id}/timeline`}
        aria-label="Filter the timeline"
      >
        <AutoSubmit />
        <div className="filters__field">
          <label htmlFor="f-show">Show</label>
          <select id="f-show" name="show" defaultValue={show}>
            <option value="">All records</option>
            <option value="events">Events</option>
            <option value="statements">Statements</option>
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="f-type">Event type</label>
          <select id="f-type" name="type" defaultValue={q.type[0] ?? ""}>
            <option value="">Any type</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {EVENT_TYPES[t].label}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="f-act">Kind of statement</label>
          <select id="f-act" name="act" defaultValue={q.act[0] ?? ""}>
            <option value="">Any kind</option>
            {acts.map((a) => (
              <option key={a} value={a}>
                {ACT_LABEL[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field filters__field--actor">
          <label htmlFor="f-actor">Involving</label>
          <select id="f-actor" name="actor" defaultValue={q.actor ?? ""}>
            <option value="">Anyone</option>
            {actors.all.map((a) => (
              <option key={a} value={a} title={actorName(a)}>
                {optionNameOf(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field filters__field--actor">
          <label htmlFor="f-speaker">Said by</label>
          <select id="f-speaker" name="speaker" defaultValue={q.speaker ?? ""}>
            <option value="">Any speaker</option>
            {actors.speakers.map((a) => (
              <option key={a} value={a} title={actorName(a)}>
                {optionNameOf(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="f-group">Chart rows</label>
          <select id="f-group" name="group" defaultValue={group === "kind" ? "" : group}>
            <option value="">By kind</option>
            <option value="speaker">By speaker</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit">Apply</button>
          {isFiltered(q) ? <a href={`/stories/${id}/timeline`}>Clear filters</a> : null}
        </div>
      </form>
      <p className="result-count" role="status">
        {isFiltered(q)
          ? `${entries.length} of ${all.length} records match.`
          : `${all.length} records.`}
        {q.actor ? ` Involving ${actorName(q.actor)}.` : ""}
        {q.speaker ? ` Said by ${actorName(q.speaker)}.` : ""}
      </p>
      {entries.length ? (
        <TimelineChart
          lanes={timelineLanes(dataset, entries, group)}
          period={story.period}
          caption={
            group === "speaker" ? "When it happened, and who said what when" : "When it happened"
          }
          list="timeline-list"
        />
      ) : null}
      {entries.length ? (
        <ol className="timeline" id="timeline-list" aria-label="The records, in date order">
          {entries.map((e) => (
            <li
              key={`${e.kind}-${e.record.id}`}
              className={`timeline__item timeline__item--${e.kind}`}
            >
              <span className="timeline__kind">{e.kind === "event" ? "Event" : "Statement"}</span>
              {e.kind === "event" ? (
                <EventCard event={e.record} headingLevel={2} />
              ) : (
                <StatementCard statement={e.record} headingLevel={2} />
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          Nothing matches these filters.{" "}
          <a href={`/stories/${id}/timeline`}>Show the whole timeline</a>.
        </p>
      )}
    </div>
  );
}
