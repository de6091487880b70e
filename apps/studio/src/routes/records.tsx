import { appendToList, uniqueId } from "@dossier/curate";
import { type Context, Hono } from "hono";
import { parse } from "yaml";
import { actorFromInput, actorInputFromWords, checkActor } from "../actor-form.js";
import type { Env } from "../app.js";
import type { CheckMessage } from "../checks.js";
import { readStory, type StudioData } from "../context.js";
import { coreChecks } from "../core-checks.js";
import { checkEvent, eventFromInput, eventInputFromSelection } from "../event-form.js";
import { type FormInput, formInput } from "../form-input.js";
import { StaleWrite } from "../store.js";
import { ActorFields } from "../views/actor-fields.js";
import { EventForm } from "../views/event-form.js";
import { Layout, Messages } from "../views/layout.js";

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
  const base = `/stories/${p.story}/sources/${p.source}`;
  const errors = p.messages.length
    ? [`The checks found ${p.messages.length} problem(s); nothing was written. Your input is kept.`]
    : [];
  return c.html(
    <Layout
      title={p.kind === "actor" ? "New actor" : "New event"}
      crumbs={[
        [`/stories/${p.story}`, p.story],
        [base, p.source],
      ]}
    >
      <Messages kind="error" items={[...(p.notes ?? []), ...errors]} />
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
    </Layout>,
    status,
  );
}

function selection(c: Context<Env>, text: string) {
  const start = Number(c.req.query("start"));
  const end = Number(c.req.query("end"));
  const ok = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end;
  return ok && end <= text.length ? { start, end } : undefined;
}

/** Appends a checked record to its file, unless the file changed since the form was read. */
async function save(
  c: Context<Env>,
  p: { file: string; list: string; record: Record<string, unknown>; version: string },
): Promise<CheckMessage[] | "stale"> {
  const store = c.get("store");
  const write = (text: string) => appendToList(text || `${p.list}: []\n`, [p.list], p.record);
  const { text } = await store.read(p.file);
  const next = write(text);
  // the new record is the list's last
  const index = ((parse(next)?.[p.list] ?? []) as unknown[]).length - 1;
  const found = await coreChecks(store.root, { [p.file]: next }, [
    { file: p.file, list: p.list, index },
  ]);
  if (found.length) return found;
  try {
    await store.write(p.file, p.version, write);
  } catch (error) {
    if (!(error instanceof StaleWrite)) throw error;
    return "stale";
  }
  return [];
}

export const recordRoutes = new Hono<Env>()
  .get("/stories/:story/sources/:source/:kind{actor|event}", async (c) => {
    const { story, source } = c.req.param();
    const kind = c.req.param("kind") as "actor" | "event";
    const store = c.get("store");
    const data = await readStory(store, story);
    const src = data.sources.find((s) => s.id === source);
    if (!src) return c.notFound();
    const span = selection(c, src.text);
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
    const result = await save(c, { file, list: `${kind}s`, record, version });
    if (result === "stale") {
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
    if (result.length) return page(c, { ...args, messages: result }, 422);
    return c.redirect(`/stories/${story}/sources/${source}?saved=${String(record.id)}`, 303);
  });
