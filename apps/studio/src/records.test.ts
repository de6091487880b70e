import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fieldsOf } from "./test-support/form.js";
import { SOURCE, SOURCE_PAGE, STORY, studio } from "./test-support/studio.js";

let s: Awaited<ReturnType<typeof studio>>;
beforeEach(async () => {
  s = await studio();
});
afterEach(() => s.remove());

const page = SOURCE_PAGE;
const textOf = () =>
  readFile(join(s.dataDir, "stories", STORY, "sources", `${SOURCE}.txt`), "utf8");
const eventsFile = () => join(s.dataDir, "stories", STORY, "events.yaml");

/** The span of some words of the source, as the page's selection would send it. */
async function selected(words: (text: string) => string) {
  const text = await textOf();
  const w = words(text);
  const start = text.indexOf(w);
  return `start=${start}&end=${start + w.length}`;
}

// a sentence of the source, whatever the text says: its first line long enough to be one
const sentence = (text: string) =>
  (text.split("\n").find((l) => l.length > 60) as string).slice(0, 60);

describe("a new event from selected words", () => {
  it("opens a form with the words as evidence and a date that says how it was resolved", async () => {
    const html = await (await s.get(`${page}/event?${await selected(sentence)}`)).text();
    const fields = fieldsOf(html);
    expect(fields["evidence[]"]).toContain(sentence(await textOf()));
    expect(String(fields.id)).toMatch(/^ev-/);
    expect(html).toContain('data-testid="date-resolution"');
  });

  it("is written after the others, passing the data check, once type, title and summary are given", async () => {
    const before = await readFile(eventsFile(), "utf8");
    const form = fieldsOf(await (await s.get(`${page}/event?${await selected(sentence)}`)).text());
    const res = await s.post(`${page}/event`, {
      ...form,
      type: "public-statement",
      title: "The outlet reports the session",
      summary: "The rewrite reports the session of parliament.",
      dateValue: "2020-01-05",
      dateBasis: "context",
      dateReasoning: "The rewritten report's date.",
      "participantActor[]": ["iraqi-parliament"],
      "participantRole[]": ["agent"],
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const after = await readFile(eventsFile(), "utf8");
    expect(after.startsWith(before)).toBe(true);
    const saved = parse(after).events.at(-1);
    expect(saved).toMatchObject({
      id: form.id,
      type: "public-statement",
      participants: [{ actor: "iraqi-parliament", role: "agent" }],
      attestations: [{ source: SOURCE, factuality: "happened" }],
    });
  });

  it("keeps the input and writes nothing when a check fails, with the message beside its field", async () => {
    const before = await readFile(eventsFile(), "utf8");
    const form = fieldsOf(await (await s.get(`${page}/event?${await selected(sentence)}`)).text());
    const res = await s.post(`${page}/event`, { ...form, title: "Kept title" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="type-errors"[\s\S]*?must be one of/);
    expect(html).toContain('value="Kept title"');
    expect(await readFile(eventsFile(), "utf8")).toBe(before);
  });
});

describe("a new actor from selected words", () => {
  it("is written to actors.yaml with the words as its alias, and refused when its id is taken", async () => {
    const actorsFile = join(s.dataDir, "actors.yaml");
    const before = await readFile(actorsFile, "utf8");
    const taken = parse(before).actors[0].id as string;
    const words = (text: string) => (/[A-Z][a-z]+ [A-Z][a-z]+/.exec(text) as RegExpExecArray)[0];
    const form = fieldsOf(await (await s.get(`${page}/actor?${await selected(words)}`)).text());
    expect(form["actor-name"]).toBe(words(await textOf()));
    const clash = await s.post(`${page}/actor`, {
      ...form,
      "actor-id": taken,
      "actor-description": "Someone the rewrite names.",
    });
    expect(clash.status).toBe(422);
    expect(await clash.text()).toContain(`&quot;${taken}&quot; is taken`);
    const res = await s.post(`${page}/actor`, {
      ...form,
      "actor-description": "Someone the rewrite names.",
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const after = await readFile(actorsFile, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(parse(after).actors.at(-1)).toMatchObject({
      id: form["actor-id"],
      aliases: [{ name: form.actorWords, evidence: [{ source: SOURCE, quote: form.actorWords }] }],
    });
  });
});
