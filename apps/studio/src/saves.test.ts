import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fieldsOf } from "./test-support/form.js";
import { SOURCE, SOURCE_PAGE, STORY, studio, versionIn } from "./test-support/studio.js";

let s: Awaited<ReturnType<typeof studio>>;
beforeEach(async () => {
  s = await studio();
});
afterEach(() => s.remove());

const page = SOURCE_PAGE;
const file = () => join(s.dataDir, "stories", STORY, "statements.yaml");

type Form = Record<string, string | string[]>;

// the rewrite is undated: the curator gives the date, as the curated records do
const DATE = {
  dateValue: "2020-01-05",
  datePrecision: "day",
  dateBasis: "context",
  dateReasoning: "The rewritten report's date, 5 January 2020.",
};

async function acceptFirstSuggestion(): Promise<Form> {
  const html = await (await s.get(`${page}/statement?suggestion=0`)).text();
  return { ...fieldsOf(html), ...DATE };
}

describe("saving a statement", () => {
  it("writes an accepted suggestion into the YAML, after the records and with the comments intact", async () => {
    const before = await readFile(file(), "utf8");
    const fields = {
      ...(await acceptFirstSuggestion()),
      gist: "The prime minister urged the vote.",
    };
    const res = await s.post(`${page}/statement`, fields);
    expect(res.status).toBe(303);
    const after = await readFile(file(), "utf8");
    expect(after.startsWith(before)).toBe(true);
    const saved = parse(after).statements.at(-1);
    expect(saved).toMatchObject({
      speaker: "adil-abdul-mahdi",
      act: "call",
      gist: "The prime minister urged the vote.",
      attestations: [
        {
          source: SOURCE,
          quotation: "paraphrase",
          evidence: [{ quote: "urged by its caretaker prime minister" }],
        },
      ],
    });
  });

  it("keeps the curator's input when a check fails, says where, and writes nothing", async () => {
    const before = await readFile(file(), "utf8");
    const fields = {
      ...(await acceptFirstSuggestion()),
      id: "Not An Id",
      gist: "My careful gist.",
      evidence: ["words that are not in the text"],
    };
    const res = await s.post(`${page}/statement`, fields);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("My careful gist.");
    expect(html).toContain('value="Not An Id"');
    expect(html).toMatch(/<code>id<\/code> ids are lowercase words joined by hyphens/);
    expect(await readFile(file(), "utf8")).toBe(before);
    const fixed = await s.post(`${page}/statement`, {
      ...fields,
      id: "st-fixed",
      evidence: ["urged by its caretaker prime minister"],
    });
    expect(fixed.status).toBe(303);
  });

  it("tells the second of two tabs that the file changed, keeps its input, and loses neither save", async () => {
    const first: Form = { ...(await acceptFirstSuggestion()), id: "st-tab-one", gist: "Tab one." };
    const second: Form = { ...(await acceptFirstSuggestion()), id: "st-tab-two", gist: "Tab two." };
    expect(first.version).toBe(second.version);
    expect((await s.post(`${page}/statement`, first)).status).toBe(303);
    const clash = await s.post(`${page}/statement`, second);
    expect(clash.status).toBe(409);
    const html = await clash.text();
    expect(html).toMatch(/changed since you opened this form.*st-tab-one/);
    expect(html).toContain("Tab two.");
    const ids = () =>
      readFile(file(), "utf8").then((t) => parse(t).statements.map((x: { id: string }) => x.id));
    expect(await ids()).toContain("st-tab-one");
    expect(await ids()).not.toContain("st-tab-two");
    // saving again from the page that said so keeps both
    expect((await s.post(`${page}/statement`, fieldsOf(html))).status).toBe(303);
    expect(await ids()).toEqual(expect.arrayContaining(["st-tab-one", "st-tab-two"]));
  });

  it("saves a new speaker's actor first and says so when statements.yaml changed meanwhile", async () => {
    const actorsFile = join(s.dataDir, "actors.yaml");
    const actorsBefore = await readFile(actorsFile, "utf8");
    const taken = parse(actorsBefore).actors.map((a: { id: string }) => a.id) as string[];
    const id = ["the-caretaker", "the-caretaker-2"].find((x) => !taken.includes(x)) as string;
    const form = await acceptFirstSuggestion();
    // the words that name the speaker, as the suggestion found them in the source
    const withActor: Form = {
      ...form,
      id: "st-new-speaker",
      speaker: id,
      newActor: "on",
      "actor-id": id,
      "actor-name": "The Caretaker",
      "actor-kind": "person",
      "actor-description": "Someone the rewrite names by office.",
      actorWords: form.speakerName as string,
      actorWordsOccurrence: form.speakerNameOccurrence as string,
      actorVariant: "standard",
    };
    expect(withActor.actorWords).not.toBe("");
    const other: Form = { ...form, id: "st-tab-one", gist: "Tab one." };
    expect((await s.post(`${page}/statement`, other)).status).toBe(303);
    const clash = await s.post(`${page}/statement`, withActor);
    expect(clash.status).toBe(409);
    const html = await clash.text();
    expect(html).toMatch(
      new RegExp(`The new actor ${id} was saved, but statements.yaml changed.*st-tab-one`),
    );
    expect(html).toContain("st-new-speaker");
    const actors = parse(await readFile(actorsFile, "utf8")).actors as { id: string }[];
    expect(actors.at(-1)?.id).toBe(id);
    const ids = parse(await readFile(file(), "utf8")).statements.map((x: { id: string }) => x.id);
    expect(ids).not.toContain("st-new-speaker");
    // the page no longer offers to create the actor again: saving from it writes the statement
    const again = fieldsOf(html);
    expect(again.newActor).toBeUndefined();
    expect((await s.post(`${page}/statement`, again)).status).toBe(303);
    const saved = parse(await readFile(file(), "utf8")).statements.at(-1);
    expect(saved).toMatchObject({ id: "st-new-speaker", speaker: id });
  });

  it("attaches selected words as evidence to an existing record", async () => {
    const text = await readFile(
      join(s.dataDir, "stories", STORY, "sources", `${SOURCE}.txt`),
      "utf8",
    );
    const start = text.indexOf("Tehran called it");
    const version = versionIn(await (await s.get(page)).text());
    const res = await s.post(`${page}/evidence`, {
      attachTo: "st-iran-vows-revenge",
      start: String(start),
      end: String(start + 16),
      version,
    });
    expect(res.status).toBe(303);
    const record = parse(await readFile(file(), "utf8")).statements.find(
      (x: { id: string }) => x.id === "st-iran-vows-revenge",
    );
    const attestation = record.attestations.find((a: { source: string }) => a.source === SOURCE);
    expect(attestation.evidence.at(-1)).toEqual({ quote: "Tehran called it" });
  });
});

describe("editing a statement on file", () => {
  it("rewrites that record only, keeping the other source's attestation and every byte around it", async () => {
    const before = await readFile(file(), "utf8");
    const html = await (
      await s.get(`${page}/statement?record=st-abdul-mahdi-meeting-soleimani`)
    ).text();
    const fields = fieldsOf(html);
    expect(fields["evidence[]"]).toContain("Mahdi said Soleimani was on his way to meet him.");
    const res = await s.post(`${page}/statement`, {
      ...fields,
      gist: "Soleimani was coming to meet him.",
    });
    expect(res.status).toBe(303);
    const after = await readFile(file(), "utf8");
    const record = parse(after).statements.find(
      (x: { id: string }) => x.id === "st-abdul-mahdi-meeting-soleimani",
    );
    expect(record.gist).toBe("Soleimani was coming to meet him.");
    expect(record.attestations.map((a: { source: string }) => a.source)).toEqual([
      "tellerreport-2020-01-05",
      SOURCE,
    ]);
    const start = before.indexOf("  - id: st-abdul-mahdi-meeting-soleimani");
    const end = before.indexOf("  - id: st-abdul-mahdi-us-notified");
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    expect(after.endsWith(before.slice(end))).toBe(true);
  });
});

describe("editing a record that others share a value with", () => {
  const teller = `/stories/${STORY}/sources/tellerreport-2020-01-05`;
  const anchored = async () => {
    const text = await readFile(file(), "utf8");
    const id = /- id: ([\w-]+)\n(?:(?!\n {2}- id:)[\s\S])*?date: &/.exec(text)?.[1] as string;
    const html = await (await s.get(`${teller}/statement?record=${id}`)).text();
    return { text, id, fields: fieldsOf(html) };
  };

  it("saves a change beside the shared value, and the others keep it", async () => {
    const { text: before, fields } = await anchored();
    const res = await s.post(`${teller}/statement`, { ...fields, gist: "Edited gist." });
    expect(res.status).toBe(303);
    const after = await readFile(file(), "utf8");
    const dates = (t: string) =>
      (parse(t).statements as { date: unknown }[]).map((st) => JSON.stringify(st.date));
    expect(dates(after)).toEqual(dates(before));
    expect(after.match(/&[\w-]+/g)).toEqual(before.match(/&[\w-]+/g));
    const added = after.split("\n").filter((l) => !before.includes(l));
    expect(added, added.join("\n")).toEqual([expect.stringMatching(/gist: Edited gist\.$/)]);
  });

  it("refuses to change the shared value itself, says why, keeps the input and the file", async () => {
    const { text: before, fields } = await anchored();
    const res = await s.post(`${teller}/statement`, {
      ...fields,
      gist: "Edited gist.",
      dateReasoning: "Another reasoning.",
    });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(
      page,
      page.match(/<ul class="(?:messages error|field-errors)"[\s\S]*?<\/ul>/g)?.join("\n"),
    ).toContain("Edit it in the YAML");
    expect(page).toContain("Edited gist.");
    expect(await readFile(file(), "utf8")).toBe(before);
  });
});
