import {
  type Actor,
  ActorKindSchema,
  filterActors,
  filterEvents,
  filterStatements,
  type NewsEvent,
  ParticipantRoleSchema,
  type Statement,
} from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../http/errors.js";
import { Extended } from "../http/json-bytes.js";
import { recordFormat } from "../http/negotiate.js";
import { exportList, listPage } from "../http/respond.js";
import {
  checkDateRange,
  idParam,
  listFormatParam,
  listParam,
  PathIdSchema,
  pageParams,
  recordFormatParam,
  sortParam,
  textParam,
} from "../openapi/params.js";
import { listResponses, recordResponses } from "../openapi/responses.js";
import { ActorItemSchema, pageOf } from "../openapi/schemas.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, expansions, jsonLd } from "../router.js";
import type { Store } from "../store.js";
import {
  EventPageSchema,
  eventColumns,
  eventListQuery,
  presentEvent,
  sortEvents,
} from "./events.js";
import {
  presentStatement,
  StatementPageSchema,
  sortStatements,
  statementColumns,
  statementFilter,
  statementFilterQuery,
} from "./statements.js";

const EXPAND = ["memberOf", "members"] as const;
type Expand = (typeof EXPAND)[number];

const ActorPageSchema = pageOf(ActorItemSchema, "ActorPage", "actors");

const actorColumns: CsvColumn<Actor>[] = [
  { header: "id", value: (a) => a.id },
  { header: "name", value: (a) => a.name },
  { header: "kind", value: (a) => a.kind },
  { header: "description", value: (a) => a.description },
  { header: "member_of", value: (a) => a.memberOf.join(" ") },
  { header: "roles", value: (a) => a.roles.map((r) => r.title).join("; ") },
  { header: "aliases", value: (a) => [...new Set(a.aliases.map((x) => x.name))].join("; ") },
  { header: "wikidata", value: (a) => a.externalIds.wikidata },
];

type Expansions = NonNullable<z.infer<typeof ActorItemSchema>["expanded"]>;

function presentActor(
  store: Store,
  actor: Actor,
  expand: Set<Expand>,
): Actor | Extended<Actor, { expanded: Expansions }> {
  if (expand.size === 0) return actor;
  const expanded: Expansions = {};
  if (expand.has("memberOf"))
    expanded.memberOf = actor.memberOf.flatMap((id) => store.actor(id) ?? []);
  if (expand.has("members"))
    expanded.members = store.actors.filter((a) => a.memberOf.includes(actor.id));
  return new Extended(actor, { expanded });
}

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Actors"],
  operationId: "listActors",
  summary: "List actors",
  description: "People and organisations, by name.",
  request: {
    query: z.strictObject({
      kind: listParam(ActorKindSchema.options, "Only actors of these kinds.", "person"),
      memberOf: idParam("Only actors that are part of this one.", "iraqi-government"),
      ...textParam,
      ...sortParam(["name", "-name"] as const, "name"),
      ...{
        expand: listParam(
          EXPAND,
          "Related actors to include in place, under `expanded`.",
          "memberOf",
        ),
      },
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    ActorPageSchema,
    "A page of actors.",
    "id,name,kind,description,member_of,roles,aliases,wikidata\r\n…\r\n",
    '{"id":"adil-abdul-mahdi","name":"Adil Abdul-Mahdi",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Actors"],
  operationId: "getActor",
  summary: "Get an actor",
  description:
    "One actor, with roles and the names the sources use for it, each with its evidence.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      expand: listParam(
        EXPAND,
        "Related actors to include in place, under `expanded`.",
        "memberOf,members",
      ),
      ...recordFormatParam,
    }),
  },
  responses: recordResponses(ActorItemSchema, "The actor.", "Person or Organization"),
});

const statements = createRoute({
  method: "get",
  path: "/{id}/statements",
  tags: ["Actors"],
  operationId: "listActorStatements",
  summary: "List an actor's statements",
  description:
    "What the actor said; with `role=mentioned`, statements addressed to, aimed at or mentioning it; with `role=any`, both.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      role: z.enum(["speaker", "mentioned", "any"]).optional().meta({
        description: "The actor's part in the statement; speaker by default.",
        example: "speaker",
      }),
      ...statementFilterQuery,
    }),
  },
  responses: listResponses(
    StatementPageSchema,
    "A page of the actor's statements.",
    "id,story,speaker,…\r\n",
    '{"id":"…"}\n',
  ),
});

const { actor: _actor, ...eventFilterQuery } = eventListQuery;

const events = createRoute({
  method: "get",
  path: "/{id}/events",
  tags: ["Actors"],
  operationId: "listActorEvents",
  summary: "List an actor's events",
  description: "The events the actor took part in, in date order.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      role: listParam(
        ParticipantRoleSchema.options,
        "Only events where the actor had one of these parts.",
        "agent",
      ),
      ...eventFilterQuery,
    }),
  },
  responses: listResponses(
    EventPageSchema,
    "A page of the actor's events.",
    "id,story,type,…\r\n",
    '{"id":"…"}\n',
  ),
});

export function actorRoutes(store: Store) {
  const requireActor = (id: string) => {
    const actor = store.actor(id);
    if (!actor) throw notFound("actor", id);
    return actor;
  };
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      // core filters (one text rule for every list); the store keeps the order by name
      const matching = new Set(
        filterActors(store.dataset, {
          ...(q.kind && { kind: q.kind }),
          ...(q.memberOf && { memberOf: q.memberOf }),
          ...(q.q && { text: q.q }),
        }),
      );
      let actors = store.actors.filter((a) => matching.has(a));
      if (q.sort === "-name") actors = actors.reverse();
      const expand = expansions(q.expand);
      const page = listPage(c, actors, q);
      const present = (a: Actor) => presentActor(store, a, expand);
      if (page.format !== "json") return exportList(c, page, actorColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const actor = requireActor(id);
      if (recordFormat(c, q.format) === "jsonld")
        return jsonLd(c, store, { kind: "actor", id: actor.id });
      return c.json(presentActor(store, actor, expansions(q.expand)), 200);
    })
    .openapi(statements, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      requireActor(id);
      checkDateRange(q);
      const role = q.role ?? "speaker";
      const filter = statementFilter({
        ...q,
        ...(role === "speaker" ? { speaker: id } : { actor: id }),
      });
      let found: Statement[] = filterStatements(store.dataset, filter);
      if (role === "mentioned") found = found.filter((s) => s.speaker !== id);
      const expand = expansions(q.expand);
      const page = listPage(c, sortStatements(found, q.sort), q);
      const present = (s: Statement) => presentStatement(store, s, expand);
      if (page.format !== "json") return exportList(c, page, statementColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(events, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      requireActor(id);
      checkDateRange(q);
      const found = filterEvents(store.dataset, {
        actor: id,
        ...(q.story && { story: q.story }),
        ...(q.type && { type: q.type }),
        ...(q.source && { source: q.source }),
        ...(q.from && { from: q.from }),
        ...(q.to && { to: q.to }),
        ...(q.q && { text: q.q }),
      }).filter(
        (e) => !q.role || e.participants.some((p) => p.actor === id && q.role?.includes(p.role)),
      );
      const expand = expansions(q.expand);
      const page = listPage(c, sortEvents(found, q.sort), q);
      const present = (e: NewsEvent) => presentEvent(store, e, expand);
      if (page.format !== "json") return exportList(c, page, eventColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    });
}
