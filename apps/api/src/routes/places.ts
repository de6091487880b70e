import { filterPlaces, type Place, PlaceKindSchema } from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../http/errors.js";
import { Extended } from "../http/json-bytes.js";
import { recordFormat } from "../http/negotiate.js";
import { exportList, listPage } from "../http/respond.js";
import {
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
import { PlaceItemSchema, pageOf } from "../openapi/schemas.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, expansions, jsonLd } from "../router.js";
import type { Store } from "../store.js";

const EXPAND = ["within"] as const;

const placeColumns: CsvColumn<Place>[] = [
  { header: "id", value: (p) => p.id },
  { header: "name", value: (p) => p.name },
  { header: "kind", value: (p) => p.kind },
  { header: "within", value: (p) => p.within },
  { header: "lat", value: (p) => p.coordinates?.lat },
  { header: "lon", value: (p) => p.coordinates?.lon },
];

function presentPlace(
  store: Store,
  place: Place,
  expand: Set<"within">,
): Place | Extended<Place, Pick<z.infer<typeof PlaceItemSchema>, "expanded">> {
  if (!expand.has("within")) return place;
  return new Extended(place, {
    expanded: { within: (place.within && store.place(place.within)) || null },
  });
}

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Places"],
  operationId: "listPlaces",
  summary: "List places",
  description: "Places, by name.",
  request: {
    query: z.strictObject({
      kind: listParam(PlaceKindSchema.options, "Only places of these kinds.", "city,airport"),
      within: idParam("Only places lying directly in this one.", "iraq"),
      ...textParam,
      ...sortParam(["name", "-name"] as const, "name"),
      ...expandParam(EXPAND, "within"),
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(PlaceItemSchema, "PlacePage", "places"),
    "A page of places.",
    "id,name,kind,within,lat,lon\r\nbaghdad,Baghdad,city,iraq,33.3152,44.3661\r\n",
    '{"id":"baghdad","name":"Baghdad","kind":"city",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Places"],
  operationId: "getPlace",
  summary: "Get a place",
  description: "One place, with where the sources name it.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({ ...expandParam(EXPAND, "within"), ...recordFormatParam }),
  },
  responses: recordResponses(PlaceItemSchema, "The place.", "Place"),
});

export function placeRoutes(store: Store) {
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      // core filters (one text rule for every list); the store keeps the order by name
      const matching = new Set(
        filterPlaces(store.dataset, {
          ...(q.kind && { kind: q.kind }),
          ...(q.within && { within: q.within }),
          ...(q.q && { text: q.q }),
        }),
      );
      let places = store.places.filter((p) => matching.has(p));
      if (q.sort === "-name") places = places.reverse();
      const expand = expansions(q.expand);
      const page = listPage(c, places, q);
      const present = (p: Place) => presentPlace(store, p, expand);
      if (page.format !== "json") return exportList(c, page, placeColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const place = store.place(id);
      if (!place) throw notFound("place", id);
      if (recordFormat(c, q.format) === "jsonld")
        return jsonLd(c, store, { kind: "place", id: place.id });
      return c.json(presentPlace(store, place, expansions(q.expand)), 200);
    });
}
