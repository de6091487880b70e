import { type Dataset, filterEvents, filterStatements, type Story } from "@dossier/core";

/**
 * How many stories the build renders ahead, newest first. Every other record page renders on its
 * first visit and is then served from Next's cache, so the build stays bounded as stories grow.
 */
export const PRERENDERED_STORIES = 10;

/** The stories whose pages the build renders: the most recent by the end of their period. */
export function prerenderedStories(ds: Dataset, limit = PRERENDERED_STORIES): Story[] {
  return [...ds.stories]
    .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The records those stories show, each page type's params for generateStaticParams. */
export function prerenderedParams(ds: Dataset, limit = PRERENDERED_STORIES) {
  const stories = prerenderedStories(ds, limit);
  const events = stories.flatMap((s) => filterEvents(ds, { story: s.id }));
  const statements = stories.flatMap((s) => filterStatements(ds, { story: s.id }));
  const actors = new Set<string>();
  const places = new Set<string>();
  for (const e of events) {
    for (const p of e.participants) actors.add(p.actor);
    if (e.place) places.add(e.place);
  }
  for (const s of statements) if (s.speaker) actors.add(s.speaker);
  const ids = (xs: Iterable<string>) => [...new Set(xs)].map((id) => ({ id }));
  return {
    stories: ids(stories.map((s) => s.id)),
    events: ids(events.map((e) => e.id)),
    statements: ids(statements.map((s) => s.id)),
    sources: ids(stories.flatMap((s) => s.sources)),
    actors: ids(actors),
    places: ids(places),
  };
}
