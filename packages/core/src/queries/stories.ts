import type { Dataset } from "../schemas/dataset.js";
import type { Story } from "../schemas/story.js";
import type { EventType } from "../schemas/taxonomy.js";
import { narrowest, recordIndex } from "./indexes.js";
import { getActor, getPlace } from "./lookup.js";
import { foldedOnce, matchesFolded, queryWords } from "./text.js";

/** What the index of stories shows of each story besides its own fields. */
export interface StorySummary {
  story: Story;
  events: number;
  statements: number;
  /** the ids of the story's sources, as the story lists them */
  sources: readonly string[];
}

/** One value of a facet and how many stories carry it. */
export interface FacetValue<T extends string = string> {
  value: T;
  stories: number;
}

/** The values the story index can be filtered by, each with its count of stories. */
export interface StoryFacets {
  /** actors who act, speak or are spoken of, most stories first */
  actors: FacetValue[];
  /** places where events happen, or that hold such places, most stories first */
  places: FacetValue[];
  types: FacetValue<EventType>[];
  /** the first and last dates of every story's period, or null with no stories */
  period: { start: string; end: string } | null;
}

/**
 * The stories newest first, and for each actor, place and event type the stories it appears in
 * (each list newest first too), built once per dataset.
 */
export interface StoryIndex {
  newest: readonly Story[];
  summaries: ReadonlyMap<string, StorySummary>;
  byActor: ReadonlyMap<string, readonly Story[]>;
  byPlace: ReadonlyMap<string, readonly Story[]>;
  byType: ReadonlyMap<string, readonly Story[]>;
  /** the same keys to the ids of their stories, to test membership without a scan */
  idsBy: {
    actor: ReadonlyMap<string, ReadonlySet<string>>;
    place: ReadonlyMap<string, ReadonlySet<string>>;
    type: ReadonlyMap<string, ReadonlySet<string>>;
  };
  facets: StoryFacets;
}

const STORY_INDEXES = new WeakMap<Dataset, StoryIndex>();

/** Newest first: by the end of the period, then its start, then id so the order is total. */
function newestFirst(a: Story, b: Story): number {
  if (a.period.end !== b.period.end) return a.period.end < b.period.end ? 1 : -1;
  if (a.period.start !== b.period.start) return a.period.start < b.period.start ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A place and every place it lies in, guarding against a loop in `within`. */
function placeAndAncestors(ds: Dataset, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at && !out.includes(at); ) {
    out.push(at);
    at = getPlace(ds, at)?.within;
  }
  return out;
}

function facet<T extends string>(
  map: ReadonlyMap<string, readonly Story[]>,
  tieBreak: (a: string, b: string) => number,
): FacetValue<T>[] {
  return [...map]
    .map(([value, list]) => ({ value: value as T, stories: list.length }))
    .sort((a, b) => b.stories - a.stories || tieBreak(a.value, b.value));
}

export function storyIndex(ds: Dataset): StoryIndex {
  const known = STORY_INDEXES.get(ds);
  if (known) return known;
  const records = recordIndex(ds);
  const newest = [...ds.stories].sort(newestFirst);
  const keys = {
    actor: new Map<string, Set<string>>(),
    place: new Map<string, Set<string>>(),
    type: new Map<string, Set<string>>(),
  };
  const add = (map: Map<string, Set<string>>, key: string, story: string) => {
    const set = map.get(key);
    if (set) set.add(story);
    else map.set(key, new Set([story]));
  };
  for (const e of records.events) {
    add(keys.type, e.type, e.story);
    for (const p of e.participants) add(keys.actor, p.actor, e.story);
    if (e.place) for (const p of placeAndAncestors(ds, e.place)) add(keys.place, p, e.story);
  }
  for (const s of records.statements)
    for (const a of [s.speaker, ...s.targets, ...s.addressees, ...s.mentions])
      if (a) add(keys.actor, a, s.story);
  // each list in the index's order, so a filter never sorts
  const listed = (map: Map<string, Set<string>>) =>
    new Map([...map].map(([k, ids]) => [k, newest.filter((st) => ids.has(st.id))]));
  const byActor = listed(keys.actor);
  const byPlace = listed(keys.place);
  const byType = listed(keys.type);
  const summaries = new Map(
    newest.map((story) => [
      story.id,
      {
        story,
        events: records.eventsBy.story.get(story.id)?.length ?? 0,
        statements: records.statementsBy.story.get(story.id)?.length ?? 0,
        sources: story.sources,
      },
    ]),
  );
  const name = (kind: "actor" | "place") => (a: string, b: string) => {
    const of = (id: string) => (kind === "actor" ? getActor(ds, id) : getPlace(ds, id))?.name ?? id;
    return of(a).localeCompare(of(b));
  };
  const starts = newest.map((s) => s.period.start).sort();
  const ends = newest.map((s) => s.period.end).sort();
  const index: StoryIndex = {
    newest,
    summaries,
    byActor,
    byPlace,
    byType,
    idsBy: keys,
    facets: {
      actors: facet(byActor, name("actor")),
      places: facet(byPlace, name("place")),
      types: facet<EventType>(byType, (a, b) => a.localeCompare(b)),
      period:
        starts.length && ends.length
          ? { start: starts[0] as string, end: ends[ends.length - 1] as string }
          : null,
    },
  };
  STORY_INDEXES.set(ds, index);
  return index;
}

/** The values the story index can be filtered by, with their counts. */
export function storyFacets(ds: Dataset): StoryFacets {
  return storyIndex(ds).facets;
}

export interface StoryFilter {
  /** every word must begin a word of the title or summary */
  text?: string;
  /** stories where this actor acts, speaks or is spoken of */
  actor?: string;
  /** stories with an event at this place or at a place within it */
  place?: string;
  /** stories with an event of any of these types */
  type?: readonly EventType[];
  /** ISO dates (YYYY-MM-DD): stories whose period overlaps [from, to]; either may be left open */
  from?: string;
  to?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !(ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))))
    throw new RangeError(`StoryFilter.${name}: "${value}" is not a date written YYYY-MM-DD`);
}

/** The stories a filter selects, newest first, starting from the shortest list an index gives. */
export function filterStories(ds: Dataset, f: StoryFilter = {}): Story[] {
  checkDate("from", f.from);
  checkDate("to", f.to);
  const index = storyIndex(ds);
  const words = f.text ? queryWords(f.text) : [];
  const types = f.type?.length ? f.type : null;
  const candidates = narrowest(index.newest, [
    f.actor ? (index.byActor.get(f.actor) ?? []) : null,
    f.place ? (index.byPlace.get(f.place) ?? []) : null,
    // one type gives its list; several, their union, which the check below keeps exact
    types?.length === 1 ? (index.byType.get(types[0] as string) ?? []) : null,
  ]);
  const has = (by: ReadonlyMap<string, ReadonlySet<string>>, key: string, s: Story) =>
    by.get(key)?.has(s.id) ?? false;
  return candidates.filter(
    (s) =>
      (!f.actor || has(index.idsBy.actor, f.actor, s)) &&
      (!f.place || has(index.idsBy.place, f.place, s)) &&
      (!types || types.some((t) => has(index.idsBy.type, t, s))) &&
      (!f.from || s.period.end >= f.from) &&
      (!f.to || s.period.start <= f.to) &&
      (words.length === 0 ||
        matchesFolded(
          foldedOnce(s, () => `${s.title} ${s.summary}`),
          words,
        )),
  );
}

export interface StoryListOptions {
  /** 1-based */
  page?: number;
  perPage?: number;
}

/** One page of the story index: what the reader sees, and enough to link to the other pages. */
export interface StoryPage {
  items: StorySummary[];
  /** stories that match the filter, on every page */
  total: number;
  /** the page given, or the last page when the one asked for lies past it */
  page: number;
  pages: number;
  perPage: number;
}

/** The stories a filter selects, newest first, one page at a time with their counts. */
export function listStories(
  ds: Dataset,
  f: StoryFilter = {},
  { page = 1, perPage = 20 }: StoryListOptions = {},
): StoryPage {
  if (!Number.isInteger(page) || page < 1)
    throw new RangeError(`listStories: page must be a whole number from 1, not ${page}`);
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`listStories: perPage must be a whole number from 1, not ${perPage}`);
  const matching = filterStories(ds, f);
  const pages = Math.max(1, Math.ceil(matching.length / perPage));
  const shown = Math.min(page, pages);
  const { summaries } = storyIndex(ds);
  return {
    items: matching
      .slice((shown - 1) * perPage, shown * perPage)
      .map((s) => summaries.get(s.id) as StorySummary),
    total: matching.length,
    page: shown,
    pages,
    perPage,
  };
}
