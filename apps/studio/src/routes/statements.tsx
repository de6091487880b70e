import { type ActorRecord, quoteAt, replaceInList, uniqueId, YamlEditError } from "@dossier/curate";
import { Hono } from "hono";
import { parse } from "yaml";
import { actorFromInput, actorInputFromWords, checkActor, withActor } from "../actor-form.js";
import type { Env } from "../app.js";
import { checkStatement } from "../checks.js";
import { readStory } from "../context.js";
import { type FormInput, formInput, str } from "../form-input.js";
import { appendRecord, type RecordWrite, type SaveResult, saveRecords } from "../save-records.js";
import { selectedSpan } from "../selection.js";
import {
  inputFromRecord,
  inputFromSelection,
  inputFromSuggestion,
  mergeIntoRecord,
  recordFromInput,
} from "../statement-form.js";
import { StaleWrite } from "../store.js";
import { suggestionsFor } from "../suggestions.js";
import { formPage } from "./form-page.js";

const statementsFile = (story: string) => `stories/${story}/statements.yaml`;
const ACTORS = "actors.yaml";

export const statementRoutes = new Hono<Env>()
  .get("/stories/:story/sources/:source/statement", async (c) => {
    const { story, source } = c.req.param();
    const store = c.get("store");
    const data = await readStory(store, story);
    const src = data.sources.find((s) => s.id === source);
    if (!src) return c.notFound();
    const { version } = await store.read(statementsFile(story));
    const taken = new Set(data.statements.map((s) => String(s.id)));
    const ctx = { source, text: src.text, published: src.published };
    const index = c.req.query("suggestion");
    const editing = c.req.query("record");
    let input: FormInput;
    if (editing !== undefined) {
      const record = data.statements.find((s) => s.id === editing);
      if (!record) return c.notFound();
      input = inputFromRecord(record, source);
    } else if (index !== undefined) {
      const s = suggestionsFor(data, source)[Number(index)];
      if (!s) return c.notFound();
      const id = uniqueId(
        "st",
        `${s.speaker.actor ?? s.speaker.name ?? "unattributed"} ${s.evidence[0]?.quote ?? ""}`,
        taken,
      );
      input = inputFromSuggestion(s, { ...ctx, id });
      // a speaker the actors do not know yet: offer to create them with the statement
      if (!s.speaker.actor && s.speaker.start !== undefined && s.speaker.end !== undefined) {
        const actor = actorInputFromWords(
          src.text,
          { start: s.speaker.start, end: s.speaker.end },
          data.actors.map((a) => a.id),
        );
        input = { ...input, ...actor, newActor: "on", speaker: String(actor["actor-id"]) };
      }
    } else {
      const span = selectedSpan((key) => c.req.query(key), src.text);
      if (!span) return c.text("select some words of the text first", 400);
      input = inputFromSelection(src.text, span, {
        id: uniqueId("st", src.text.slice(span.start, span.end), taken),
        published: src.published,
      });
    }
    return formPage(c, "statement", { story, source, input, version, data, messages: [] });
  })
  .post("/stories/:story/sources/:source/statement", async (c) => {
    const { story, source } = c.req.param();
    const store = c.get("store");
    const input = formInput(await c.req.parseBody({ all: true }));
    const version = String(input.version ?? "");
    const data = await readStory(store, story);
    if (!data.sources.some((s) => s.id === source)) return c.notFound();
    const replacing =
      typeof input.replacing === "string" && input.replacing ? input.replacing : undefined;
    const onFile = replacing ? data.statements.find((s) => s.id === replacing) : undefined;
    if (replacing && !onFile) return c.notFound();
    const record = onFile
      ? mergeIntoRecord(onFile, recordFromInput(input, source), source)
      : recordFromInput(input, source);
    // a new actor, made in the same save, is the statement's speaker
    const actor: ActorRecord | undefined =
      str(input, "newActor") === "on" ? actorFromInput(input, source) : undefined;
    if (actor) record.speaker = actor.id;
    const messages = [
      ...(actor ? checkActor(actor, data, source) : []),
      ...checkStatement(
        record,
        actor ? withActor(data, actor) : data,
        replacing ? { replacing } : {},
      ),
    ];
    if (messages.length)
      return formPage(c, "statement", { story, source, input, version, data, messages }, 422);
    // then the data check itself, on the folder as the save would leave it; the actor is written
    // first, since a statement naming an actor not yet on file would fail the data check
    const writes: RecordWrite[] = actor
      ? [{ file: ACTORS, list: "actors", edit: appendRecord("actors", actor) }]
      : [];
    const statement = { file: statementsFile(story), list: "statements", version };
    writes.push(
      replacing
        ? {
            ...statement,
            edit: (text) => replaceInList(text, ["statements"], replacing, record),
            index: data.statements.indexOf(onFile as Record<string, unknown>),
          }
        : { ...statement, edit: appendRecord("statements", record) },
    );
    let result: SaveResult;
    try {
      result = await saveRecords(store, writes);
    } catch (error) {
      if (!(error instanceof YamlEditError)) throw error;
      // e.g. the record defines an anchor (&session-day) that other records use
      const notes = [
        `This record cannot be rewritten here without changing others: ${error.message}. Edit it in the YAML.`,
      ];
      return formPage(
        c,
        "statement",
        { story, source, input, version, data, messages: [], notes },
        422,
      );
    }
    if ("found" in result)
      return formPage(
        c,
        "statement",
        { story, source, input, version, data, messages: result.found },
        422,
      );
    if ("stale" in result) {
      const actorSaved = result.written.includes(ACTORS);
      const current = await store.read(statementsFile(story));
      const ids = ((parse(current.text)?.statements ?? []) as { id: string }[]).map((s) => s.id);
      const based = store.textAt(version);
      const mine = new Set(
        ((based ? parse(based)?.statements : undefined) ?? []).map((s: { id: string }) => s.id),
      );
      const theirs = based === undefined ? [] : ids.filter((id) => !mine.has(id));
      const who = `another tab or curator saved${theirs.length ? `: ${theirs.join(", ")}` : ""}`;
      const notes = [
        result.stale === ACTORS
          ? "actors.yaml changed while saving (another tab or curator added an actor). Nothing was written; your input is kept below. Save again."
          : actorSaved
            ? `The new actor ${actor?.id} was saved, but statements.yaml changed since you opened this form (${who}). The statement was not written; your input is kept below. Check it against theirs and save again.`
            : `statements.yaml changed since you opened this form (${who}). Nothing was written; your input is kept below. Check it against theirs and save again.`,
      ];
      return formPage(
        c,
        "statement",
        {
          story,
          source,
          input: actorSaved ? { ...input, newActor: "" } : input,
          version: current.version,
          data: await readStory(store, story),
          messages: [],
          notes,
        },
        409,
      );
    }
    return c.redirect(`/stories/${story}/sources/${source}?saved=${record.id}`, 303);
  })
  .post("/stories/:story/sources/:source/evidence", async (c) => {
    const { story, source } = c.req.param();
    const store = c.get("store");
    const f = await c.req.parseBody();
    const data = await readStory(store, story);
    const src = data.sources.find((s) => s.id === source);
    const id = String(f.attachTo ?? "");
    const start = Number(f.start);
    const end = Number(f.end);
    if (!src || !(0 <= start && start < end && end <= src.text.length))
      return c.text("select some words of the text first", 400);
    const q = quoteAt(src.text, { start, end });
    const { version } = await store.read(statementsFile(story));
    try {
      await store.write(statementsFile(story), String(f.version || version), (text) => {
        const record = ((parse(text)?.statements ?? []) as Record<string, unknown>[]).find(
          (s) => s.id === id,
        );
        if (!record) throw new StaleWrite(statementsFile(story), text);
        return replaceInList(text, ["statements"], id, withEvidence(record, source, q));
      });
    } catch (error) {
      if (!(error instanceof StaleWrite)) throw error;
      return c.text(
        `statements.yaml changed since you opened the page, or has no record "${id}"; nothing was written`,
        409,
      );
    }
    return c.redirect(`/stories/${story}/sources/${source}?saved=${id}`, 303);
  });

/** The record with one more quote from this source, in whichever shape the record is written. */
function withEvidence(
  record: Record<string, unknown>,
  source: string,
  q: { quote: string; occurrence?: number },
) {
  if (Array.isArray(record.evidence))
    return { ...record, evidence: [...record.evidence, { source, ...q }] };
  const attestations = [...((record.attestations as Record<string, unknown>[] | undefined) ?? [])];
  const i = attestations.findIndex((a) => a.source === source);
  const found = attestations[i];
  if (found)
    attestations[i] = { ...found, evidence: [...((found.evidence as unknown[]) ?? []), q] };
  else attestations.push({ source, quotation: "indirect", attribution: "named", evidence: [q] });
  return { ...record, attestations };
}
