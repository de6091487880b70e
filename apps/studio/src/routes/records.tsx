import { uniqueId } from "@dossier/curate";
import { Hono } from "hono";
import { actorFromInput, actorInputFromWords, checkActor } from "../actor-form.js";
import type { Env } from "../app.js";
import { readStory } from "../context.js";
import { checkEvent, eventFromInput, eventInputFromSelection } from "../event-form.js";
import { formInput } from "../form-input.js";
import { appendRecord, saveRecords } from "../save-records.js";
import { selectedSpan } from "../selection.js";
import { formPage } from "./form-page.js";

// new actors and events, started from words selected in a source's text
const FILES = { actor: "actors.yaml", event: (story: string) => `stories/${story}/events.yaml` };

export const recordRoutes = new Hono<Env>()
  .get("/stories/:story/sources/:source/:kind{actor|event}", async (c) => {
    const { story, source } = c.req.param();
    const kind = c.req.param("kind") as "actor" | "event";
    const store = c.get("store");
    const data = await readStory(store, story);
    const src = data.sources.find((s) => s.id === source);
    if (!src) return c.notFound();
    const span = selectedSpan((key) => c.req.query(key), src.text);
    if (!span) return c.text("select some words of the text first", 400);
    const file = kind === "actor" ? FILES.actor : FILES.event(story);
    const { version } = await store.read(file);
    const input =
      kind === "actor"
        ? actorInputFromWords(
            src.text,
            span,
            data.actors.map((a) => a.id),
          )
        : eventInputFromSelection(src.text, span, {
            id: uniqueId(
              "ev",
              src.text.slice(span.start, span.end),
              new Set(data.events.map((e) => e.id)),
            ),
            published: src.published,
          });
    return formPage(c, kind, { story, source, input, version, data, messages: [] });
  })
  .post("/stories/:story/sources/:source/:kind{actor|event}", async (c) => {
    const { story, source } = c.req.param();
    const kind = c.req.param("kind") as "actor" | "event";
    const store = c.get("store");
    const input = formInput(await c.req.parseBody({ all: true }));
    const version = String(input.version ?? "");
    const data = await readStory(store, story);
    if (!data.sources.some((s) => s.id === source)) return c.notFound();
    const record = kind === "actor" ? actorFromInput(input, source) : eventFromInput(input, source);
    const messages =
      kind === "actor"
        ? checkActor(record as ReturnType<typeof actorFromInput>, data, source)
        : checkEvent(record, data);
    const args = { story, source, input, version, data };
    if (messages.length) return formPage(c, kind, { ...args, messages }, 422);
    const file = kind === "actor" ? FILES.actor : FILES.event(story);
    const list = `${kind}s`;
    const result = await saveRecords(store, [
      { file, list, version, edit: appendRecord(list, record) },
    ]);
    if ("stale" in result) {
      const current = await store.read(file);
      const notes = [
        `${file} changed since you opened this form (another tab or curator saved). Nothing was written; your input is kept below. Save again to add it after theirs.`,
      ];
      return formPage(
        c,
        kind,
        {
          ...args,
          version: current.version,
          data: await readStory(store, story),
          messages: [],
          notes,
        },
        409,
      );
    }
    if ("found" in result) return formPage(c, kind, { ...args, messages: result.found }, 422);
    return c.redirect(`/stories/${story}/sources/${source}?saved=${String(record.id)}`, 303);
  });
