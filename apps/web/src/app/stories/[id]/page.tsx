import {
  filterEvents,
  filterStatements,
  getSource,
  getStory,
  type Source,
  type Statement,
  timeline,
  timelineLanes,
} from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DisagreementLinks } from "@/components/DisagreementList";
import { JsonLd } from "@/components/JsonLd";
import { EventCard, StatementCard } from "@/components/RecordCards";
import { SourceProvenance } from "@/components/SourceProvenance";
import { TimelineChart } from "@/components/TimelineChart";
import { actorName, dataset, sourceLabel } from "@/lib/data";
import { displayIsoDate } from "@/lib/dates";
import { anchorId, onComparePage, recordHref } from "@/lib/links";
import { prerenderedParams } from "@/lib/prerender";
import { absoluteUrl } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

// the newest stories are built ahead, the rest render on first visit, then come from the cache
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).stories;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory(dataset, (await params).id);
  if (!story) return {};
  return {
    title: story.title,
    description: story.summary,
    alternates: { canonical: `/stories/${story.id}` },
    openGraph: { title: story.title, description: story.summary, type: "article" },
  };
}

/** Statements grouped by who spoke, the most quoted first, then by first appearance. */
function bySpeaker(statements: Statement[]): [string | null, Statement[]][] {
  const groups = new Map<string | null, Statement[]>();
  for (const s of statements) groups.set(s.speaker, [...(groups.get(s.speaker) ?? []), s]);
  // unattributed words go last: they are the outlet's, not a speaker's
  return [...groups].sort(([a, x], [b, y]) =>
    a === null ? 1 : b === null ? -1 : y.length - x.length,
  );
}

export default async function StoryPage({ params }: Props) {
  const { id } = await params;
  const story = getStory(dataset, id);
  if (!story) notFound();
  const events = filterEvents(dataset, { story: id });
  const statements = filterStatements(dataset, { story: id });
  const sources = story.sources
    .map((s) => getSource(dataset, s))
    .filter((s): s is Source => s !== undefined);
  const discrepancies = dataset.discrepancies.filter((d) => d.story === id);
  const context = dataset.context.filter((c) => c.story === id);
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "WebPage",
            "@id": absoluteUrl(`/stories/${id}`),
            name: story.title,
            description: story.summary,
            temporalCoverage: `${story.period.start}/${story.period.end}`,
            isBasedOn: sources.map((s) => ({
              "@type": "NewsArticle",
              name: sourceLabel(s),
              url: absoluteUrl(`/sources/${s.id}`),
            })),
            about: events.map((e) => ({
              "@type": "Event",
              name: e.title,
              startDate: e.date.value,
              url: absoluteUrl(`/events/${e.id}`),
            })),
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          Story · {displayIsoDate(story.period.start)} – {displayIsoDate(story.period.end)}
        </p>
        <h1>{story.title}</h1>
        <p className="lede">{story.summary}</p>
        {story.note ? <p className="muted">{story.note}</p> : null}
        <nav aria-label="In this story" className="subnav">
          <ul>
            <li>
              <a href={`/stories/${id}/timeline`}>Timeline</a>
            </li>
            <li>
              <a href={`/stories/${id}/compare`}>Compare the sources</a>
            </li>
            <li>
              <a href="#disagreements">Where they disagree</a>
            </li>
            <li>
              <a href="#sources">Sources</a>
            </li>
          </ul>
        </nav>
      </header>

      <section className="section" aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="visually-hidden">
          At a glance
        </h2>
        <TimelineChart
          lanes={timelineLanes(dataset, timeline(dataset, { story: id }), "kind")}
          period={story.period}
          caption="When it happened"
        />
      </section>

      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">What happened</h2>
        <ol className="card-list">
          {events.map((e) => (
            <li key={e.id}>
              <EventCard event={e} />
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="said-heading">
        <h2 id="said-heading">Who said what</h2>
        {bySpeaker(statements).map(([speaker, list]) => (
          <section
            key={speaker ?? "unattributed"}
            className="speaker-group"
            aria-labelledby={`speaker-${speaker ?? "none"}`}
          >
            <h3 id={`speaker-${speaker ?? "none"}`} className="speaker-group__name">
              {speaker ? (
                <a href={`/actors/${speaker}`}>{actorName(speaker)}</a>
              ) : (
                "No speaker named"
              )}
            </h3>
            <ul className="card-list">
              {list.map((s) => (
                <li key={s.id}>
                  <StatementCard statement={s} headingLevel={4} showSpeaker={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section className="section" id="disagreements" aria-labelledby="disagree-heading">
        <h2 id="disagree-heading">Where the sources disagree</h2>
        {discrepancies.length ? (
          <>
            <p>
              {discrepancies.length} points, grouped by kind; each opens on both sides' words where
              the sources are <a href={`/stories/${id}/compare`}>compared side by side</a>.
            </p>
            <DisagreementLinks
              discrepancies={discrepancies}
              href={(d) =>
                // one with the record outside the sources alone has no place there: it opens here
                onComparePage(dataset, d.id)
                  ? recordHref(dataset, { kind: "discrepancy", id: d.id })
                  : undefined
              }
            />
          </>
        ) : (
          <p>The curated records note no disagreement between the sources.</p>
        )}
      </section>

      <section className="section" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">The sources</h2>
        <p className="muted">
          What is known of where each text comes from. Nothing here is guessed: what is not known is
          marked so.
        </p>
        <div className="columns">
          {sources.map((s) => (
            <article key={s.id} className="column source-card" aria-labelledby={`src-${s.id}`}>
              <h3 id={`src-${s.id}`}>
                <a href={`/sources/${s.id}`}>{sourceLabel(s)}</a>
              </h3>
              <SourceProvenance source={s} />
              <p>
                <a href={`/sources/${s.id}`}>Read the full text, annotated</a>
              </p>
            </article>
          ))}
        </div>
      </section>

      {context.length ? (
        <section className="section" aria-labelledby="context-heading">
          <h2 id="context-heading">Context from other reports</h2>
          <p className="muted">
            Facts from outside the story's sources, cited as context and never as their evidence.
          </p>
          <ul className="context-list">
            {context.map((c) => (
              <li key={c.id} id={anchorId({ kind: "context", id: c.id })}>
                <p>{c.fact}</p>
                <p className="muted small">Source: {c.citation}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
