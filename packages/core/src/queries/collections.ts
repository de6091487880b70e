import type { Actor, ActorKind } from "../schemas/actor.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Place, PlaceKind } from "../schemas/place.js";
import { recordIndex } from "./indexes.js";
import { foldedOnce, matchesFolded, queryWords } from "./text.js";

// the list filters for actors and places (stories have theirs in stories.ts): core's text rule, in dataset order

export interface ActorFilter {
  kind?: readonly ActorKind[];
  /** members of this actor */
  memberOf?: string;
  /** every word must begin a word of the name, description, aliases or role titles */
  text?: string;
}

export interface PlaceFilter {
  kind?: readonly PlaceKind[];
  /** places that lie directly in this one */
  within?: string;
  /** every word must begin a word of the name */
  text?: string;
}

export function filterActors(ds: Dataset, f: ActorFilter = {}): Actor[] {
  const words = f.text ? queryWords(f.text) : [];
  const candidates = f.memberOf ? (recordIndex(ds).members.get(f.memberOf) ?? []) : ds.actors;
  return candidates.filter(
    (a) =>
      (!f.kind?.length || f.kind.includes(a.kind)) &&
      (words.length === 0 ||
        matchesFolded(
          foldedOnce(a, () =>
            [
              a.name,
              a.description,
              ...a.aliases.map((x) => x.name),
              ...a.roles.map((r) => r.title),
            ].join(" "),
          ),
          words,
        )),
  );
}

export function filterPlaces(ds: Dataset, f: PlaceFilter = {}): Place[] {
  const words = f.text ? queryWords(f.text) : [];
  return ds.places.filter(
    (p) =>
      (!f.kind?.length || f.kind.includes(p.kind)) &&
      (!f.within || p.within === f.within) &&
      (words.length === 0 ||
        matchesFolded(
          foldedOnce(p, () => p.name),
          words,
        )),
  );
}
