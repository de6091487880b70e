import type { EventType, StoryFacets, StoryFilter } from "@dossier/core";
import { MAX_QUERY_LENGTH, param, type SearchParams } from "./query";

export const STORIES_PER_PAGE = 20;

/** The story index's filters as the query string gives them, and the page asked for. */
export interface StoryIndexQuery {
  filter: StoryFilter;
  page: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (value: string | undefined) =>
  value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

/**
 * Reads ?q, actor, place, type, from, to and page, keeping only what the facets know and dates
 * written YYYY-MM-DD, so a hand-edited address narrows what it can and never fails.
 */
export function parseStoryIndexQuery(sp: SearchParams, facets: StoryFacets): StoryIndexQuery {
  const filter: StoryFilter = {};
  const text = (param(sp, "q") ?? "").replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH);
  if (text) filter.text = text;
  const known = (list: readonly { value: string }[], value: string | undefined) =>
    value && list.some((v) => v.value === value) ? value : undefined;
  const actor = known(facets.actors, param(sp, "actor"));
  if (actor) filter.actor = actor;
  const place = known(facets.places, param(sp, "place"));
  if (place) filter.place = place;
  const type = known(facets.types, param(sp, "type"));
  if (type) filter.type = [type as EventType];
  let from = validDate(param(sp, "from"));
  let to = validDate(param(sp, "to"));
  // a period typed backwards means the same span
  if (from && to && from > to) [from, to] = [to, from];
  if (from) filter.from = from;
  if (to) filter.to = to;
  const page = Number(param(sp, "page") ?? "1");
  return { filter, page: Number.isInteger(page) && page >= 1 && page < 1e6 ? page : 1 };
}

/** The address of the index with these filters on this page, so links and the form agree. */
export function storyIndexHref(filter: StoryFilter, page = 1): string {
  const sp = new URLSearchParams();
  if (filter.text) sp.set("q", filter.text);
  if (filter.actor) sp.set("actor", filter.actor);
  if (filter.place) sp.set("place", filter.place);
  if (filter.type?.[0]) sp.set("type", filter.type[0]);
  if (filter.from) sp.set("from", filter.from);
  if (filter.to) sp.set("to", filter.to);
  if (page > 1) sp.set("page", String(page));
  const s = sp.toString();
  return s ? `/?${s}` : "/";
}

export function isStoryIndexFiltered(filter: StoryFilter): boolean {
  return Object.keys(filter).length > 0;
}
