import type { Actor, Dataset, NewsEvent, Place, Source, Statement, Story } from "@dossier/core";
import { getActor, getEvent, getPlace, getSource, getStatement, getStory } from "@dossier/core";
import { fnv1a } from "./http/hash.js";

/** the dataset and what the API derives from it once, at start */
export interface Store {
  dataset: Dataset;
  /** changes whenever any record does; part of every entity tag */
  fingerprint: string;
  counts: Record<string, number>;
  stories: Story[];
  actors: Actor[];
  places: Place[];
  sources: Source[];
  /** statements about each event, by event id */
  statementsAbout: Map<string, Statement[]>;
  /** statements made in each act of communication (a letter, a speech), by event id */
  statementsIn: Map<string, Statement[]>;
  story(id: string): Story | undefined;
  actor(id: string): Actor | undefined;
  place(id: string): Place | undefined;
  source(id: string): Source | undefined;
  event(id: string): NewsEvent | undefined;
  statement(id: string): Statement | undefined;
}

const byName = <T extends { name: string; id: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id);

/**
 * `fingerprint`, when the host knows the dataset's version already (a hash of the compiled file),
 * spares hashing the whole dataset at start: at 1,000 stories that alone took over a second.
 */
export function createStore(dataset: Dataset, fingerprint?: string): Store {
  const statementsAbout = new Map<string, Statement[]>();
  const statementsIn = new Map<string, Statement[]>();
  const add = (index: Map<string, Statement[]>, eventId: string, statement: Statement) => {
    const list = index.get(eventId);
    if (list) list.push(statement);
    else index.set(eventId, [statement]);
  };
  for (const statement of dataset.statements) {
    for (const eventId of statement.about) add(statementsAbout, eventId, statement);
    if (statement.communication) add(statementsIn, statement.communication, statement);
  }
  const { version: _version, ...collections } = dataset;
  return {
    dataset,
    fingerprint: fingerprint ?? fnv1a(JSON.stringify(dataset)),
    counts: Object.fromEntries(
      Object.entries(collections).map(([kind, list]) => [kind, list.length]),
    ),
    stories: [...dataset.stories].sort(
      (a, b) => a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id),
    ),
    actors: [...dataset.actors].sort(byName),
    places: [...dataset.places].sort(byName),
    sources: [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id)),
    statementsAbout,
    statementsIn,
    story: (id) => getStory(dataset, id),
    actor: (id) => getActor(dataset, id),
    place: (id) => getPlace(dataset, id),
    source: (id) => getSource(dataset, id),
    event: (id) => getEvent(dataset, id),
    statement: (id) => getStatement(dataset, id),
  };
}
