import type { Dataset } from "../schemas/dataset.js";
import type { NewsEvent } from "../schemas/event.js";
import type { Place } from "../schemas/place.js";
import { groupByStory, type StoryGroup } from "./by-story.js";
import { recordIndex } from "./indexes.js";
import { getPlace } from "./lookup.js";

export interface PlaceProfile {
  place: Place;
  /** the places it lies in, nearest first */
  within: Place[];
  /** places that lie directly in it */
  contains: Place[];
  /** events at the place or at a place within it, grouped by story, newest story first */
  eventsByStory: StoryGroup<NewsEvent>[];
}

const PLACE_EVENTS = new WeakMap<Dataset, Map<string, NewsEvent[]>>();

/** Events by every place that holds them (the place itself and each place it lies in), built once. */
function eventsByPlace(ds: Dataset): Map<string, NewsEvent[]> {
  let map = PLACE_EVENTS.get(ds);
  if (map) return map;
  map = new Map();
  for (const e of recordIndex(ds).events) {
    const seen = new Set<string>();
    for (let at = e.place; at && !seen.has(at); at = getPlace(ds, at)?.within) {
      seen.add(at);
      const list = map.get(at);
      if (list) list.push(e);
      else map.set(at, [e]);
    }
  }
  PLACE_EVENTS.set(ds, map);
  return map;
}

export function placeProfile(ds: Dataset, id: string): PlaceProfile | undefined {
  const place = getPlace(ds, id);
  if (!place) return undefined;
  const within: Place[] = [];
  for (let at = place.within; at && at !== id && !within.some((p) => p.id === at); ) {
    const parent = getPlace(ds, at);
    if (!parent) break;
    within.push(parent);
    at = parent.within;
  }
  return {
    place,
    within,
    contains: ds.places.filter((p) => p.within === id),
    eventsByStory: groupByStory(ds, eventsByPlace(ds).get(id) ?? []),
  };
}
