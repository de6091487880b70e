import {
  compareSources,
  EventTypeSchema,
  filterStories,
  formatPartialDate,
  SpeechActSchema,
  type Story,
  type TimelineEntry,
  timeline,
} from "@dossier/core";
import { createRoute, z } from "@hono/zod-openapi";
import { invalidParameter, notFound } from "../http/errors.js";
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
import { documentResponses, listResponses, recordResponses } from "../openapi/responses.js";
import {
  pageOf,
  SourceComparisonSchema,
  StoryItemSchema,
  TimelineEntrySchema,
} from "../openapi/schemas.js";
import { idList } from "../openapi/values.js";
import type { CsvColumn } from "../representations/stream.js";
import { createRouter, expansions, jsonLd } from "../router.js";
import type { Store } from "../store.js";

/** a story has a handful of sources; comparing more than this at once is no comparison */
const MAX_COMPARED_SOURCES = 20;

const storyColumns: CsvColumn<Story>[] = [
  { header: "id", value: (s) => s.id },
  { header: "title", value: (s) => s.title },
  { header: "start", value: (s) => s.period.start },
  { header: "end", value: (s) => s.period.end },
  { header: "sources", value: (s) => s.sources.join(" ") },
  { header: "summary", value: (s) => s.summary },
];

const timelineColumns: CsvColumn<TimelineEntry>[] = [
  { header: "kind", value: (t) => t.kind },
  { header: "id", value: (t) => t.record.id },
  { header: "date", value: (t) => t.record.date.value },
  { header: "date_label", value: (t) => formatPartialDate(t.record.date) },
  { header: "type", value: (t) => (t.kind === "event" ? t.record.type : t.record.act) },
  { header: "speaker", value: (t) => (t.kind === "statement" ? t.record.speaker : null) },
  { header: "text", value: (t) => (t.kind === "event" ? t.record.title : t.record.gist) },
];

function presentStory(
  store: Store,
  story: Story,
  expand: Set<"sources">,
): Story | Extended<Story, Pick<z.infer<typeof StoryItemSchema>, "expanded">> {
  if (!expand.has("sources")) return story;
  return new Extended(story, {
    expanded: { sources: story.sources.flatMap((id) => store.source(id) ?? []) },
  });
}

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Stories"],
  operationId: "listStories",
  summary: "List stories",
  description: "News stories, by the start of their period.",
  request: {
    query: z.strictObject({
      ...textParam,
      ...sortParam(["start", "-start"] as const, "start"),
      ...expandParam(["sources"], "sources"),
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(StoryItemSchema, "StoryPage", "stories"),
    "A page of stories.",
    "id,title,start,end,sources,summary\r\n…\r\n",
    '{"id":"iraq-parliament-foreign-forces-2020",…}\n',
  ),
});

const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Stories"],
  operationId: "getStory",
  summary: "Get a story",
  description: "One story: its summary, period and sources.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({ ...expandParam(["sources"], "sources"), ...recordFormatParam }),
  },
  responses: recordResponses(StoryItemSchema, "The story.", "CreativeWork"),
});

const timelineRoute = createRoute({
  method: "get",
  path: "/{id}/timeline",
  tags: ["Stories"],
  operationId: "getStoryTimeline",
  summary: "Get a story's timeline",
  description:
    "The story's events and statements in one date order; on the same date, events come before what was said of them.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      kinds: listParam(["event", "statement"], "Only these kinds of entry.", "event"),
      type: listParam(
        EventTypeSchema.options,
        "Only events of these types (and no statements).",
        "airstrike",
      ),
      act: listParam(
        SpeechActSchema.options,
        "Only statements doing these acts (and no events).",
        "demand",
      ),
      actor: idParam("Only entries involving this actor.", "iraqi-parliament"),
      source: idParam("Only entries this source carries.", "tellerreport-2020-01-05"),
      ...dateRangeParams,
      ...textParam,
      ...pageParams,
      ...listFormatParam,
    }),
  },
  responses: listResponses(
    pageOf(TimelineEntrySchema, "TimelinePage", "timeline entries"),
    "A page of the timeline.",
    "kind,id,date,date_label,type,speaker,text\r\nevent,ev-baghdad-airport-strike,2020-01-03,3 Jan 2020,airstrike,,…\r\n",
    '{"kind":"event","record":{…}}\n',
  ),
});

const comparison = createRoute({
  method: "get",
  path: "/{id}/comparison",
  tags: ["Stories"],
  operationId: "compareStorySources",
  summary: "Compare a story's sources",
  description:
    "Two or more of the story's sources side by side: which records each carries (from their evidence), what only one carries, how each names things, and where they differ.",
  request: {
    params: PathIdSchema,
    query: z.strictObject({
      sources: idList(MAX_COMPARED_SOURCES)
        .optional()
        .meta({
          param: { style: "form", explode: false },
          description: `The source ids to compare, comma-separated (at most ${MAX_COMPARED_SOURCES}); all of the story's sources by default.`,
          example: ["tellerreport-2020-01-05", "cosmoschronicle-parliament-resolution"],
        }),
    }),
  },
  responses: documentResponses(SourceComparisonSchema, "The comparison."),
});

export function storyRoutes(store: Store) {
  const requireStory = (id: string) => {
    const story = store.story(id);
    if (!story) throw notFound("story", id);
    return story;
  };
  return createRouter()
    .openapi(list, (c) => {
      const q = c.req.valid("query");
      // core filters (one text rule for every list); the store keeps the order by date
      const matching = new Set(filterStories(store.dataset, q.q ? { text: q.q } : {}));
      let stories = store.stories.filter((s) => matching.has(s));
      if (q.sort === "-start") stories = [...stories].reverse();
      const expand = expansions(q.expand);
      const page = listPage(c, stories, q);
      const present = (s: Story) => presentStory(store, s, expand);
      if (page.format !== "json") return exportList(c, page, storyColumns, present);
      return c.json({ data: page.items.map(present), page: page.page }, 200);
    })
    .openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const story = requireStory(id);
      if (recordFormat(c, q.format) === "jsonld")
        return jsonLd(c, store, { kind: "story", id: story.id });
      return c.json(presentStory(store, story, expansions(q.expand)), 200);
    })
    .openapi(timelineRoute, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      requireStory(id);
      checkDateRange(q);
      const entries = timeline(store.dataset, {
        story: id,
        ...(q.kinds && { kinds: q.kinds }),
        ...(q.type && { type: q.type }),
        ...(q.act && { act: q.act }),
        ...(q.actor && { actor: q.actor }),
        ...(q.source && { source: q.source }),
        ...(q.from && { from: q.from }),
        ...(q.to && { to: q.to }),
        ...(q.q && { text: q.q }),
      });
      const page = listPage(c, entries, q);
      if (page.format !== "json") return exportList(c, page, timelineColumns, (t) => t);
      return c.json({ data: page.items, page: page.page }, 200);
    })
    .openapi(comparison, (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const story = requireStory(id);
      const ids = q.sources === undefined ? story.sources : [...new Set(q.sources)];
      const foreign = ids.filter((s) => !story.sources.includes(s));
      if (foreign.length > 0) {
        throw invalidParameter(
          "sources",
          `not sources of this story: ${foreign.join(", ")}; its sources are ${story.sources.join(", ")}`,
        );
      }
      if (ids.length < 2 && story.sources.length >= 2)
        throw invalidParameter("sources", "name at least two sources to compare");
      return c.json(compareSources(store.dataset, ids), 200);
    });
}
