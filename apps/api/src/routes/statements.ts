import {
  AttributionSchema,
  filterStatements,
  formatDate,
  QuotationSchema,
  recordEvidence,
  SpeechActSchema,
  type Statement,
  type StatementFilter,
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
import { pageOf, StatementItemSchema } from "../openapi/schemas.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, expansions, jsonLd } from "../router.js";
import type { Store } from "../store.js";

export const STATEMENT_EXPAND = [
  "speaker",
  "addressees",
  "targets",
  "mentions",
  "about",
  "communication",
] as const;
export type StatementExpand = (typeof STATEMENT_EXPAND)[number];
export const STATEMENT_SORTS = ["date", "-date"] as const;

export const StatementPageSchema = pageOf(StatementItemSchema, "StatementPage", "statements");

export const statementColumns: CsvColumn<Statement>[] = [
  { header: "id", value: (s) => s.id },
  { header: "story", value: (s) => s.story },
  { header: "speaker", value: (s) => s.speaker },
  { header: "date", value: (s) => s.date.value },
  { header: "date_precision", value: (s) => s.date.precision },
  { header: "date_edtf", value: (s) => s.date.edtf },
  { header: "date_label", value: (s) => formatDate(s.date) },
  { header: "act", value: (s) => s.act },
  { header: "gist", value: (s) => s.gist },
  { header: "communication", value: (s) => s.communication },
  { header: "addressees", value: (s) => s.addressees.join(" ") },
  { header: "targets", value: (s) => s.targets.join(" ") },
  { header: "mentions", value: (s) => s.mentions.join(" ") },
  { header: "about", value: (s) => s.about.join(" ") },
  // one source:quotation:attribution per attestation, so each source's rendering survives export
  {
    header: "attestations",
    value: (s) =>
      s.attestations.map((a) => `${a.source}:${a.quotation}:${a.attribution}`).join(" "),
  },
  {
    header: "quotes",
    value: (s) =>
      recordEvidence(s)
        .map((x) => x.quote)
        .join(" … "),
  },
];

/** the filters statement lists share, here and under an actor */
export const statementFilterQuery = {
  story: idParam("Only statements of this story.", "iraq-parliament-foreign-forces-2020"),
  act: listParam(
    SpeechActSchema.options,
    "Only statements doing these speech acts.",
    "demand,condemnation",
  ),
  quotation: listParam(
    QuotationSchema.options,
    "Only statements some source renders in one of these ways (direct, partial, indirect, paraphrase).",
    "direct,partial",
  ),
  attribution: listParam(
    AttributionSchema.options,
    "Only statements some source attributes this way: to a named speaker, an unnamed one, the outlet's own voice, or no one.",
    "none,unnamed",
  ),
  about: idParam("Only statements about this event.", "ev-parliament-resolution"),
  source: idParam("Only statements this source carries.", "tellerreport-2020-01-05"),
  ...dateRangeParams,
  ...textParam,
  ...sortParam(STATEMENT_SORTS, "date"),
  ...expandParam(STATEMENT_EXPAND, "speaker,about"),
  ...pageParams,
  ...listFormatParam,
};

type FilterQuery = {
  [K in keyof StatementFilter]?: StatementFilter[K] | undefined;
} & { q?: string | undefined };

export function statementFilter(q: FilterQuery): StatementFilter {
  return {
    ...(q.story && { story: q.story }),
    ...(q.speaker && { speaker: q.speaker }),
    ...(q.actor && { actor: q.actor }),
    ...(q.act && { act: q.act }),
    ...(q.quotation && { quotation: q.quotation }),
    ...(q.attribution && { attribution: q.attribution }),
    ...(q.about && { about: q.about }),
    ...(q.source && { source: q.source }),
    ...(q.from && { from: q.from }),
    ...(q.to && { to: q.to }),
    ...(q.q && { text: q.q }),
  };
}

type Expansions = NonNullable<z.infer<typeof StatementItemSchema>["expanded"]>;

export function presentStatement(
  store: Store,
  s: Statement,
  expand: Set<StatementExpand>,
): Statement | Extended<Statement, { expanded: Expansions }> {
  if (expand.size === 0) return s;
  const expanded: Expansions = {};
  if (expand.has("speaker")) expanded.speaker = (s.speaker && store.actor(s.speaker)) || null;
  if (expand.has("addressees"))
    expanded.addressees = s.addressees.flatMap((id) => store.actor(id) ?? []);
  if (expand.has("targets")) expanded.targets = s.targets.flatMap((id) => store.actor(id) ?? []);
  if (expand.has("mentions")) expanded.mentions = s.mentions.flatMap((id) => store.actor(id) ?? []);
  if (expand.has("communication"))
    expanded.communication = (s.communication && store.event(s.communication)) || null;
  if (expand.has("about")) expanded.about = s.about.flatMap((id) => store.event(id) ?? []);
  return new Extended(s, { expanded });
}

export const sortStatements = (
  list: Statement[],
  sort: (typeof STATEMENT_SORTS)[number] | undefined,
) => (sort === "-date" ? list.reverse() : list);

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Statements"],
  operationId: "listStatements",
  summary: "List statements",
  description: "Statements in date order, filtered as core's `filterStatements` filters them.",
  request: {
    query: z.strictObject({
      ...statementFilterQuery,
      speaker: idParam("Only statements by this speaker.", "adil-abdul-mahdi"),
      actor: idParam("Only statements by, to or aimed at this actor.", "united-states"),
    }),
  },
  responses: listResponses(
    StatementPageSchema,
    "A page of statements.",
    "id,story,speaker,date,date_precision,date_label,occasion,mode,act,gist,addressees,targets,about,sources,quotes\r\n…\r\n",
    '{"id":"st-abdul-mahdi-us-mission-limited","speaker":"adil-abdul-mahdi",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Statements"],
  operationId: "getStatement",
  summary: "Get a statement",
  description: "One statement with its evidence: the exact words of each source carrying it.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      ...expandParam(STATEMENT_EXPAND, "speaker,about"),
      ...recordFormatParam,
    }),
  },
  responses: recordResponses(StatementItemSchema, "The statement.", "Quotation"),
});

export function statementRoutes(store: Store) {
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      checkDateRange(q);
      const statements = sortStatements(
        filterStatements(store.dataset, statementFilter(q)),
        q.sort,
      );
      const expand = expansions(q.expand);
      const page = listPage(c, statements, q);
      const present = (s: Statement) => presentStatement(store, s, expand);
      if (page.format !== "json") return exportList(c, page, statementColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const statement = store.statement(id);
      if (!statement) throw notFound("statement", id);
      if (recordFormat(c, q.format) === "jsonld") {
        return jsonLd(c, store, { kind: "statement", id: statement.id });
      }
      return c.json(presentStatement(store, statement, expansions(q.expand)), 200);
    });
}
