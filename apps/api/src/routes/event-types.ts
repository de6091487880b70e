import {
  type EventTypeDefinitionRecord,
  EventTypeSchema,
  eventTypeDefinitions,
} from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../http/errors.js";
import { exportList, listPage } from "../http/respond.js";
import { listFormatParam, pageParams } from "../openapi/params.js";
import { documentResponses, listResponses } from "../openapi/responses.js";
import { EventTypeDefinitionSchema, pageOf } from "../openapi/schemas.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter } from "../router.js";

const columns: CsvColumn<EventTypeDefinitionRecord>[] = [
  { header: "id", value: (t) => t.id },
  { header: "label", value: (t) => t.label },
  { header: "cameo_code", value: (t) => t.cameo.code },
  { header: "cameo_label", value: (t) => t.cameo.label },
  { header: "plover", value: (t) => t.plover },
  { header: "description", value: (t) => t.description },
];

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Taxonomy"],
  operationId: "listEventTypes",
  summary: "List event types",
  description:
    "Dossier's event taxonomy, each type with its CAMEO code and PLOVER category, so records line up with GDELT-style data.",
  request: { query: z.strictObject({ ...pageParams, ...listFormatParam }) },
  responses: listResponses(
    pageOf(EventTypeDefinitionSchema, "EventTypePage", "event types"),
    "A page of event types.",
    "id,label,cameo_code,cameo_label,plover,description\r\nairstrike,Air or drone strike,195,Employ aerial weapons,ASSAULT,…\r\n",
    '{"id":"airstrike","label":"Air or drone strike",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Taxonomy"],
  operationId: "getEventType",
  summary: "Get an event type",
  description: "One type of the taxonomy.",
  request: {
    query: z.strictObject({}),
    params: z.object({
      id: z.enum(EventTypeSchema.options).meta({
        param: { name: "id", in: "path" },
        description: "The type.",
        example: "airstrike",
      }),
    }),
  },
  responses: documentResponses(EventTypeDefinitionSchema, "The event type."),
});

export function eventTypeRoutes() {
  const definitions = eventTypeDefinitions();
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      const page = listPage(c, definitions, q);
      if (page.format !== "json") return exportList(c, page, columns, (t) => t);
      return c.json({ data: page.items, page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const definition = definitions.find((d) => d.id === id);
      if (!definition) throw notFound("event type", id);
      return c.json(definition, 200);
    });
}
