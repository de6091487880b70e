import { uniqueId } from "@dossier/curate";
import { type Context, Hono } from "hono";
import { actorFromInput, actorInputFromWords, checkActor } from "../actor-form.js";
import type { Env } from "../app.js";
import type { CheckMessage } from "../checks.js";
import { readStory, type StudioData } from "../context.js";
import { checkEvent, eventFromInput, eventInputFromSelection } from "../event-form.js";
import { type FormInput, formInput } from "../form-input.js";
import { appendRecord, saveRecords } from "../save-records.js";
import { selectedSpan } from "../selection.js";
import { ActorFields } from "../views/actor-fields.js";
import { EventForm } from "../views/event-form.js";
import { RecordPage, sourcePath } from "../views/record-page.js";

// new actors and events, started from words selected in a source's text
const FILES = { actor: "actors.yaml", event: (story: string) => `stories/${story}/events.yaml` };

function page(
  c: Context<Env>,
  p: {
    kind: "actor" | "event";
    story: string;
    source: string;
    input: FormInput;
    version: string;
    data: StudioData;
    messages: CheckMessage[];
    notes?: string[];
  },
  status: 200 | 409 | 422 = 200,
) {
  const base = sourcePath(p.story, p.source);
  return c.html(
    <RecordPage
      title={p.kind === "actor" ? "New actor" : "New event"}
      story={p.story}
      source={p.source}
      messages={p.messages}
      notes={p.notes}
    >
      {p.kind === "actor" ? (
        <form method="post" action={`${base}/actor`} class="record-form">
          <input type="hidden" name="version" value={p.version} />
          <ActorFields input={p.input} messages={p.messages} />
          <button type="submit">Save actor</button>
        </form>
      ) : (
        <EventForm
          action={`${base}/event`}
          input={p.input}
          version={p.version}
          data={p.data}
          messages={p.messages}
        />
      )}
    </RecordPage>,
    status,
  );
}

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
    return page(c, { kind, story, source, input, version, data, messages: [] });
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
    const args = { kind, story, source, input, version, data };
    if (messages.length) return page(c, { ...args, messages }, 422);
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
      return page(
        c,
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
    if ("found" in result) return page(c, { ...args, messages: result.found }, 422);
    return c.redirect(`/stories/${story}/sources/${source}?saved=${String(record.id)}`, 303);
  });
