import type { Dataset, Story } from "@dossier/core";

/**
 * How many stories' pages the build renders ahead, newest first. Every record page (event,
 * statement, source, actor, place) and every other story renders on its first visit and is then
 * served from Next's cache: build time stays flat as stories grow, since it is spent rendering
 * pages (about five a second on the shared two cores), not compiling.
 */
export const PRERENDERED_STORIES = 10;

/** The stories whose pages the build renders: the most recent by the end of their period. */
export function prerenderedStories(ds: Dataset, limit = PRERENDERED_STORIES): Story[] {
  return [...ds.stories]
    .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * Each page type's params for generateStaticParams: the newest stories, and no records. An empty
 * list still makes a route static (rendered once on first visit, then cached), where leaving
 * generateStaticParams out would render it on every request.
 */
export function prerenderedParams(ds: Dataset, limit = PRERENDERED_STORIES) {
  const none: { id: string }[] = [];
  return {
    stories: prerenderedStories(ds, limit).map((s) => ({ id: s.id })),
    events: none,
    statements: none,
    sources: none,
    actors: none,
    places: none,
  };
}
