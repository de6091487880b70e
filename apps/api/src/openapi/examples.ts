import {
  compareSources,
  eventTypeDefinitions,
  filterEvents,
  filterStatements,
  search,
  sourceAnnotations,
  sourceSegments,
  timeline,
  webAnnotations,
} from "@dossier/core";
import { PROBLEM_BASE, PROBLEM_TYPES } from "../http/problem.js";
import type { Store } from "../store.js";
import type { OpenApiDocument } from "./responses.js";

type Operation = {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { example?: unknown }> }>;
};

/** a first page of two, as a client sees it */
function pageOf<T>(items: readonly T[], path: string) {
  const data = items.slice(0, 2);
  const more = items.length > data.length;
  return {
    data,
    page: {
      total: items.length,
      limit: 2,
      nextCursor: more ? "Mg.1ih70e6qefzcy" : null,
      next: more ? `${path}?limit=2&cursor=Mg.1ih70e6qefzcy` : null,
    },
  };
}

/**
 * Examples of every successful JSON response, taken from the dataset being served, so the docs show
 * real records that the schemas are known to accept (a test checks each one against its schema).
 */
function examples(store: Store): Record<string, () => unknown> {
  const ds = store.dataset;
  const event = ds.events.find((e) => e.place && e.participants.length > 1) ?? ds.events[0];
  const statement = ds.statements.find((s) => s.speaker && s.about.length > 0) ?? ds.statements[0];
  const actor = statement?.speaker ? store.actor(statement.speaker) : ds.actors[0];
  const story = ds.stories[0];
  const source = store.sources[0];
  if (!event || !statement || !actor || !story || !source) return {};
  const place = (event.place && store.place(event.place)) || ds.places[0];
  return {
    health: () => ({
      status: "ok",
      dataset: { fingerprint: store.fingerprint, counts: store.counts },
    }),
    listStories: () => pageOf(store.stories, "/v1/stories"),
    getStory: () => story,
    getStoryTimeline: () =>
      pageOf(timeline(ds, { story: story.id }), `/v1/stories/${story.id}/timeline`),
    compareStorySources: () => {
      const full = compareSources(ds, story.sources);
      // one of each part is enough to show the shape
      return {
        ...full,
        rows: full.rows.slice(0, 1),
        shared: full.shared.slice(0, 1),
        onlyIn: Object.fromEntries(
          Object.entries(full.onlyIn).map(([id, rows]) => [id, rows.slice(0, 1)]),
        ),
        framings: full.framings.slice(0, 1),
        discrepancies: full.discrepancies.slice(0, 1),
        sources: full.sources.map((s) => ({ ...s, text: `${s.text.slice(0, 120)}…` })),
      };
    },
    listEvents: () => pageOf(filterEvents(ds), "/v1/events"),
    getEvent: () => ({ ...event, expanded: { place: place ?? null } }),
    listStatements: () => pageOf(filterStatements(ds), "/v1/statements"),
    getStatement: () => ({ ...statement, expanded: { speaker: actor } }),
    listActors: () => pageOf(store.actors, "/v1/actors"),
    getActor: () => actor,
    listActorStatements: () =>
      pageOf(filterStatements(ds, { speaker: actor.id }), `/v1/actors/${actor.id}/statements`),
    listActorEvents: () =>
      pageOf(filterEvents(ds, { actor: actor.id }), `/v1/actors/${actor.id}/events`),
    listPlaces: () => pageOf(store.places, "/v1/places"),
    getPlace: () => place,
    listSources: () =>
      pageOf(
        store.sources.map((s) => ({ ...s, text: `${s.text.slice(0, 120)}…` })),
        "/v1/sources",
      ),
    getSource: () => ({ ...source, text: `${source.text.slice(0, 200)}…` }),
    listSourceAnnotations: () =>
      pageOf(sourceAnnotations(ds, source.id), `/v1/sources/${source.id}/annotations`),
    getSourceWebAnnotations: () => {
      const url = (r: { kind: string; id: string }) =>
        `https://dossier.example/v1/${r.kind}s/${r.id}`;
      const full = webAnnotations(ds, source.id, { url });
      return full && { ...full, first: { ...full.first, items: full.first.items.slice(0, 2) } };
    },
    listSourceSegments: () =>
      pageOf(sourceSegments(ds, source.id), `/v1/sources/${source.id}/segments`),
    search: () => pageOf(search(ds, actor.name), "/v1/search"),
    listEventTypes: () => pageOf(eventTypeDefinitions(), "/v1/event-types"),
    getEventType: () => eventTypeDefinitions()[0],
    getProblemType: () => ({
      type: `${PROBLEM_BASE}invalid-parameter`,
      ...PROBLEM_TYPES["invalid-parameter"],
    }),
  };
}

export function withExamples(document: OpenApiDocument, store: Store): OpenApiDocument {
  const make = examples(store);
  for (const item of Object.values(document.paths ?? {}) as Record<string, Operation>[]) {
    for (const operation of Object.values(item)) {
      const content = operation.responses?.["200"]?.content;
      const json = content?.["application/json"] ?? content?.["application/ld+json"];
      const example = operation.operationId ? make[operation.operationId] : undefined;
      if (json && example) json.example = example();
    }
  }
  return document;
}
