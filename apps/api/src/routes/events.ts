import {
  EVENT_TYPES,
  EventTypeSchema,
  FactualitySchema,
  filterEvents,
  formatDate,
  type NewsEvent,
} from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../http/errors.js";
import { Extended } from "../http/json-bytes.js";
import { recordFormat } from "../http/negotiate.js";
import { exportList, listPage } from "../http/respond.js";
import {
  checkDateRange,
  dateRangeParams,
  expandParam,
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
import { NewsEventItemSchema, pageOf } from "../openapi/schemas.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, expansions, jsonLd } from "../router.js";
import type { Store } from "../store.js";

const EXPAND = ["place", "participants", "claims", "statements", "said"] as const;
export type EventExpand = (typeof EXPAND)[number];
type Expand = EventExpand;
const SORTS = ["date", "-date", "title", "-title"] as const;

export const EventPageSchema = pageOf(NewsEventItemSchema, "NewsEventPage", "events");

export const eventColumns: CsvColumn<NewsEvent>[] = [
  { header: "id", value: (e) => e.id },
  { header: "story", value: (e) => e.story },
  { header: "type", value: (e) => e.type },
  { header: "cameo", value: (e) => EVENT_TYPES[e.type].cameo.code },
  { header: "title", value: (e) => e.title },
  { header: "date", value: (e) => e.date.value },
  { header: "date_precision", value: (e) => e.date.precision },
  { header: "date_edtf", value: (e) => e.date.edtf },
  { header: "date_label", value: (e) => formatDate(e.date) },
  { header: "place", value: (e) => e.place },
  {
    header: "participants",
    value: (e) => e.participants.map((p) => `${p.actor}:${p.role}`).join(" "),
  },
  // one source:factuality per attestation: whether each source reports it as fact, claim or plan
  {
    header: "attestations",
    value: (e) => e.attestations.map((a) => `${a.source}:${a.factuality}`).join(" "),
  },
  { header: "summary", value: (e) => e.summary },
];

export const eventListQuery = {
  story: idParam("Only events of this story.", "iraq-parliament-foreign-forces-2020"),
  type: listParam(
    EventTypeSchema.options,
    "Only events of these types.",
    "airstrike,legislative-resolution",
  ),
  actor: idParam("Only events this actor took part in, in any role.", "iraqi-parliament"),
  source: idParam("Only events this source reports.", "tellerreport-2020-01-05"),
  factuality: listParam(
    FactualitySchema.options,
    "Only events some source reports this way (happened, claimed, planned, demanded, hypothetical, denied).",
    "claimed,planned",
  ),
  ...dateRangeParams,
  ...textParam,
  ...sortParam(SORTS, "date"),
  ...expandParam(EXPAND, "place,participants"),
  ...pageParams,
  ...listFormatParam,
};

export function sortEvents(
  events: NewsEvent[],
  sort: (typeof SORTS)[number] | undefined,
): NewsEvent[] {
  if (sort === "-date") return events.reverse();
  if (sort === "title" || sort === "-title") {
    const sign = sort === "title" ? 1 : -1;
    return events.sort(
      (a, b) => sign * (a.title.localeCompare(b.title, "en") || a.id.localeCompare(b.id)),
    );
  }
  return events;
}

type Expansions = NonNullable<z.infer<typeof NewsEventItemSchema>["expanded"]>;

/** an event with the related records asked for */
export function presentEvent(
  store: Store,
  event: NewsEvent,
  expand: Set<Expand>,
): NewsEvent | Extended<NewsEvent, { expanded: Expansions }> {
  if (expand.size === 0) return event;
  const expanded: Expansions = {};
  if (expand.has("place")) expanded.place = (event.place && store.place(event.place)) || null;
  if (expand.has("participants"))
    expanded.participants = event.participants.flatMap((p) => store.actor(p.actor) ?? []);
  if (expand.has("claims"))
    expanded.claims = [...new Set(event.attestations.flatMap((a) => a.statement ?? []))].flatMap(
      (id) => store.statement(id) ?? [],
    );
  if (expand.has("statements")) expanded.statements = store.statementsAbout.get(event.id) ?? [];
  if (expand.has("said")) expanded.said = store.statementsIn.get(event.id) ?? [];
  return new Extended(event, { expanded });
}

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Events"],
  operationId: "listEvents",
  summary: "List events",
  description:
    "Events in date order (partial dates first by their start), filtered as core's `filterEvents` filters them.",
  request: { query: z.strictObject(eventListQuery) },
  responses: listResponses(
    EventPageSchema,
    "A page of events.",
    "id,story,type,cameo,title,date,date_precision,date_edtf,date_label,place,participants,attestations,summary\r\nev-parliament-resolution,iraq-parliament-foreign-forces-2020,legislative-resolution,100,…\r\n",
    '{"id":"ev-parliament-resolution","story":"iraq-parliament-foreign-forces-2020","type":"legislative-resolution",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Events"],
  operationId: "getEvent",
  summary: "Get an event",
  description:
    "One event with its evidence: the exact words of each source, with their offsets in the source text.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({ ...expandParam(EXPAND, "place,statements"), ...recordFormatParam }),
  },
  responses: recordResponses(NewsEventItemSchema, "The event.", "Event"),
});

export function eventRoutes(store: Store) {
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      checkDateRange(q);
      const events = filterEvents(store.dataset, {
        ...(q.story && { story: q.story }),
        ...(q.type && { type: q.type }),
        ...(q.actor && { actor: q.actor }),
        ...(q.source && { source: q.source }),
        ...(q.factuality && { factuality: q.factuality }),
        ...(q.from && { from: q.from }),
        ...(q.to && { to: q.to }),
        ...(q.q && { text: q.q }),
      });
      const expand = expansions(q.expand);
      const page = listPage(c, sortEvents(events, q.sort), q);
      const present = (e: NewsEvent) => presentEvent(store, e, expand);
      if (page.format !== "json") return exportList(c, page, eventColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const event = store.event(id);
      if (!event) throw notFound("event", id);
      if (recordFormat(c, q.format) === "jsonld")
        return jsonLd(c, store, { kind: "event", id: event.id });
      return c.json(presentEvent(store, event, expansions(q.expand)), 200);
    });
}
