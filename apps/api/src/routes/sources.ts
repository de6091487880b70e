import {
  type Annotation,
  RecordKindSchema,
  type Segment,
  type Source,
  sourceAnnotations,
  sourceSegments,
  WebAnnotationCollectionSchema,
  webAnnotations,
} from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../http/errors.js";
import { recordFormat } from "../http/negotiate.js";
import { type AlternateRepresentation, exportList, listPage } from "../http/respond.js";
import {
  idParam,
  listFormatParam,
  listParam,
  PathIdSchema,
  pageParams,
  recordFormatParam,
} from "../openapi/params.js";
import { jsonLdResponses, listResponses, recordResponses } from "../openapi/responses.js";
import { AnnotationSchema, pageOf, SegmentSchema, SourceSchema } from "../openapi/schemas.js";
import { LANGUAGE_PATTERN } from "../openapi/values.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, jsonLd, recordUrl } from "../router.js";
import type { Store } from "../store.js";

const attested = (a: { status: string; value?: string }) =>
  a.status === "unknown" ? null : (a.value ?? null);

const sourceColumns: CsvColumn<Source>[] = [
  { header: "id", value: (s) => s.id },
  { header: "title", value: (s) => attested(s.title) },
  { header: "publisher", value: (s) => attested(s.publisher) },
  { header: "url", value: (s) => attested(s.url) },
  { header: "published", value: (s) => attested(s.published) },
  { header: "language", value: (s) => s.language },
  { header: "derivation", value: (s) => s.derivation.kind },
  { header: "sha256", value: (s) => s.sha256 },
  { header: "text", value: (s) => s.text },
];

const annotationColumns: CsvColumn<Annotation>[] = [
  { header: "start", value: (a) => a.start },
  { header: "end", value: (a) => a.end },
  { header: "kind", value: (a) => a.ref.kind },
  { header: "id", value: (a) => a.ref.id },
  { header: "role", value: (a) => a.role },
  { header: "label", value: (a) => a.label },
];

const segmentColumns: CsvColumn<Segment>[] = [
  { header: "start", value: (s) => s.start },
  { header: "end", value: (s) => s.end },
  { header: "text", value: (s) => s.text },
  {
    header: "records",
    value: (s) => s.annotations.map((a) => `${a.ref.kind}:${a.ref.id}`).join(" "),
  },
];

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Sources"],
  operationId: "listSources",
  summary: "List sources",
  description:
    "The news texts the records are grounded in, each in full with what is known of where it comes from.",
  request: {
    query: z.strictObject({
      story: idParam("Only the sources of this story.", "iraq-parliament-foreign-forces-2020"),
      language: z
        .string()
        .max(3)
        .regex(LANGUAGE_PATTERN)
        .optional()
        .meta({ description: "Only texts in this language (BCP 47 primary tag).", example: "en" }),
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(SourceSchema, "SourcePage", "sources"),
    "A page of sources.",
    "id,title,publisher,url,published,language,derivation,sha256,text\r\n…\r\n",
    '{"id":"tellerreport-2020-01-05",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Sources"],
  operationId: "getSource",
  summary: "Get a source",
  description:
    "One source: its full text, verbatim, and what is known of its title, publisher, address and date (unknowns recorded as unknown, never invented).",
  request: { params: PathIdSchema, query: z.strictObject({ ...recordFormatParam }) },
  responses: recordResponses(SourceSchema, "The source.", "NewsArticle"),
});

const annotations = createRoute({
  method: "get",
  path: "/{id}/annotations",
  tags: ["Sources"],
  operationId: "listSourceAnnotations",
  summary: "List a source's annotations",
  description: "Every span of the source's text that grounds a record, in text order.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      kind: listParam(
        RecordKindSchema.options,
        "Only spans grounding records of these kinds.",
        "event,statement",
      ),
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(AnnotationSchema, "AnnotationPage", "annotations"),
    "A page of annotations.",
    "start,end,kind,id,role,label\r\n…\r\n",
    '{"start":375,"end":519,…}\n',
  ),
});

const webAnnotationsRoute = createRoute({
  method: "get",
  path: "/{id}/web-annotations",
  tags: ["Sources"],
  operationId: "getSourceWebAnnotations",
  summary: "Get a source's annotations as W3C Web Annotations",
  description:
    "Every span of the source that grounds a record, as a W3C Web Annotation collection in JSON-LD: each target selected by TextQuoteSelector (the exact words with 32 characters of context either side, which survive edits to the text) and TextPositionSelector (offsets in Unicode code points), each body the record the words ground. Ready for Hypothesis-style anchoring and annotation servers.",
  request: { params: PathIdSchema, query: z.strictObject({}) },
  responses: jsonLdResponses(WebAnnotationCollectionSchema, "The source's annotations."),
});

const segments = createRoute({
  method: "get",
  path: "/{id}/segments",
  tags: ["Sources"],
  operationId: "listSourceSegments",
  summary: "List a source's segments",
  description:
    "The source's text cut at every annotation boundary, each piece with the spans covering it: joined in order, the pieces give back the text exactly, so a reader can highlight overlapping evidence. Use `format=ndjson` to get every piece at once.",
  request: { params: PathIdSchema, query: z.strictObject({ ...pageParams, ...listFormatParam }) },
  responses: listResponses(
    pageOf(SegmentSchema, "SegmentPage", "segments"),
    "A page of segments.",
    "start,end,text,records\r\n…\r\n",
    '{"start":0,"end":12,"text":"…","annotations":[]}\n',
  ),
});

function setOnce<T>(map: Map<string, T>, key: string, value: T): T {
  map.set(key, value);
  return value;
}

export function sourceRoutes(store: Store) {
  const requireSource = (id: string) => {
    const source = store.source(id);
    if (!source) throw notFound("source", id);
    return source;
  };
  // cutting a text at every span is the costliest derivation here, and the dataset is fixed: once
  // per source, on its first request (for every source at start, it took a second at 1,000 stories)
  const segmentsCut = new Map<string, Segment[]>();
  const annotationsFound = new Map<string, Annotation[]>();
  const segmentsOf = (id: string) =>
    segmentsCut.get(id) ?? setOnce(segmentsCut, id, sourceSegments(store.dataset, id));
  const annotationsOf = (id: string) =>
    annotationsFound.get(id) ?? setOnce(annotationsFound, id, sourceAnnotations(store.dataset, id));
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      const story = q.story ? store.story(q.story) : undefined;
      const sources = store.sources.filter(
        (s) =>
          (!q.story || (story?.sources.includes(s.id) ?? false)) &&
          (!q.language || s.language.split("-")[0] === q.language),
      );
      const page = listPage(c, sources, q);
      if (page.format !== "json") return exportList(c, page, sourceColumns, (s) => s);
      return c.json({ data: page.items, page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const source = requireSource(id);
      if (recordFormat(c, q.format) === "jsonld")
        return jsonLd(c, store, { kind: "source", id: source.id });
      return c.json(source, 200);
    })
    .openapi(annotations, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      requireSource(id);
      const found = annotationsOf(id).filter((a) => !q.kind || q.kind.includes(a.ref.kind));
      const page = listPage(c, found, q);
      if (page.format !== "json") return exportList(c, page, annotationColumns, (a) => a);
      return c.json({ data: page.items, page: page.page }, 200);
    })
    .openapi(webAnnotationsRoute, (c) => {
      const { id } = c.req.valid("param");
      requireSource(id);
      const collection = webAnnotations(store.dataset, id, {
        url: recordUrl(c),
        id: `${recordUrl(c)({ kind: "source", id })}/web-annotations`,
      });
      return c.body(JSON.stringify(collection), 200, {
        "Content-Type":
          'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
      }) as unknown as AlternateRepresentation;
    })
    .openapi(segments, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      requireSource(id);
      const page = listPage(c, segmentsOf(id), q);
      if (page.format !== "json") return exportList(c, page, segmentColumns, (s) => s);
      return c.json({ data: page.items, page: page.page }, 200);
    });
}
