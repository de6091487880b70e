import { RecordKindSchema, type SearchHit, searchResults } from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { exportList, listPage } from "../http/respond.js";
import {
  idParam,
  listFormatParam,
  listParam,
  MAX_TEXT_LENGTH,
  pageParams,
} from "../openapi/params.js";
import { listResponses } from "../openapi/responses.js";
import { pageOf, SearchHitSchema } from "../openapi/schemas.js";
import { TEXT_PATTERN } from "../openapi/values.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter } from "../router.js";
import type { Store } from "../store.js";

const columns: CsvColumn<SearchHit>[] = [
  { header: "kind", value: (h) => h.ref.kind },
  { header: "id", value: (h) => h.ref.id },
  { header: "score", value: (h) => h.score },
  { header: "story", value: (h) => h.story },
  { header: "title", value: (h) => h.title },
  { header: "snippet", value: (h) => h.snippet },
];

/** more hits than this are noise in a dataset this size; the cap keeps the work per request bounded */
const MAX_HITS = 1000;

const route = createRoute({
  method: "get",
  path: "/",
  tags: ["Search"],
  operationId: "search",
  summary: "Search every record",
  description:
    "Ranked full-text search across stories, events, statements, actors, places, sources, framings and discrepancies. Case, accents and small typos are forgiven; every word must match (prefixes count).",
  request: {
    query: z.strictObject({
      q: z
        .string()
        .min(1)
        .max(MAX_TEXT_LENGTH)
        .regex(TEXT_PATTERN)
        .meta({ description: "The words to look for.", example: "Soleimani" }),
      kind: listParam(RecordKindSchema.options, "Only records of these kinds.", "event,statement"),
      story: idParam("Only records of this story.", "iraq-parliament-foreign-forces-2020"),
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(SearchHitSchema, "SearchHitPage", "search hits"),
    "A page of hits, best first.",
    "kind,id,score,story,title,snippet\r\n…\r\n",
    '{"ref":{"kind":"actor","id":"qasem-soleimani"},…}\n',
  ),
});

export function searchRoutes(store: Store) {
  return createRouter().openapi(route, (c) => {
    const q = c.req.valid("query");
    const results = searchResults(store.dataset, q.q, {
      limit: MAX_HITS,
      ...(q.kind && { kinds: q.kind }),
      ...(q.story && { story: q.story }),
    });
    // ranked in full (the total and the cursor need it), shown only for the page cut from it
    const hits = { length: results.total, slice: results.slice };
    const page = listPage(c, hits, q);
    if (page.format !== "json") return exportList(c, page, columns, (h) => h);
    return c.json({ data: page.items, page: page.page }, 200);
  });
}
