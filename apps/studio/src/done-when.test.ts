import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { actorProfile, filterStatements, sourceSegments, timeline } from "@dossier/core";
import { readDataset } from "@dossier/core/load";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fieldsOf } from "./test-support/form.js";
import { ORIGIN, PORT, studio } from "./test-support/studio.js";

// the README's path for a new curator, through the studio's own pages, over a private data copy
const STORY = "iraq-envoy-summoned";
const SOURCE = "wire-2020-01-06";
const article = fileURLToPath(new URL("../e2e/fixtures/article.html", import.meta.url));
const cli = fileURLToPath(new URL("../../../packages/core/dist/cli.js", import.meta.url));

let s: Awaited<ReturnType<typeof studio>>;
beforeAll(async () => {
  s = await studio();
});
afterAll(() => s.remove());

const base = `/stories/${STORY}/sources/${SOURCE}`;
const suggestionsOn = async () => {
  const html = await (await s.get(base)).text();
  return [...html.matchAll(/<li class="suggestion" data-index="(\d+)">([\s\S]*?)<\/li>/g)].map(
    (m) => ({ index: Number(m[1]), text: m[2] as string }),
  );
};

describe("a new story, from a saved web page to the reader's dataset, with no YAML typed", () => {
  let actorId = "";
  let statementId = "";

  it("creates the story and adds the page as its source", async () => {
    expect(
      (
        await s.post("/stories", {
          id: STORY,
          title: "Iraq summons the US envoy",
          summary: "Iraq's Foreign Ministry protests the strikes.",
          start: "2020-01-05",
          end: "2020-01-06",
        })
      ).status,
    ).toBe(303);
    const body = new FormData();
    body.set("id", SOURCE);
    body.set("format", "auto");
    body.set("file", new Blob([await readFile(article)], { type: "text/html" }), "article.html");
    const res = await s.app.request(`${ORIGIN}/stories/${STORY}/sources`, {
      method: "POST",
      body,
      headers: { host: `127.0.0.1:${PORT}`, origin: ORIGIN },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(base);
  });

  it("accepts a suggestion whose speaker is new, creating the actor and the statement in one save", async () => {
    const pending = await suggestionsOn();
    const fresh = pending.find((p) => p.text.includes("(new actor?)"));
    expect(fresh, "a suggestion names a speaker no actor has").toBeDefined();
    const form = fieldsOf(
      await (await s.get(`${base}/statement?suggestion=${fresh?.index}`)).text(),
    );
    expect(form.newActor).toBe("on");
    actorId = String(form["actor-id"]);
    statementId = String(form.id);
    expect(form.speaker).toBe(actorId);
    const res = await s.post(`${base}/statement`, {
      ...form,
      "actor-description": "A spokeswoman for Iraq's Foreign Ministry.",
      gist: "Iraq would answer the strikes through diplomacy.",
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const actors = parse(await readFile(join(s.dataDir, "actors.yaml"), "utf8")).actors;
    const actor = actors.find((a: { id: string }) => a.id === actorId);
    expect(actor.name).toBe(form["actor-name"]);
    expect(actor.aliases[0].evidence[0]).toEqual({ source: SOURCE, quote: form.actorWords });
    expect((await suggestionsOn()).some((p) => p.index === fresh?.index)).toBe(false);
  });

  it("keeps a rejected suggestion rejected for the next page load, in the story's reviewed.yaml", async () => {
    const [first] = await suggestionsOn();
    expect(first).toBeDefined();
    const res = await s.post(`${base}/suggestions/${first?.index}/reject`, {});
    expect(res.status).toBe(303);
    expect((await suggestionsOn()).map((p) => p.text)).not.toContain(first?.text);
    const reviewed = await readFile(join(s.dataDir, "stories", STORY, "reviewed.yaml"), "utf8");
    expect(parse(reviewed).rejected).toHaveLength(1);
  });

  // two child processes over the whole folder: slow on a busy machine, never timed
  it("passes the data check, and core's build puts the records where the reader's pages look", {
    timeout: 240_000,
  }, () => {
    const out = join(s.dir, "built");
    const env = { ...process.env, DOSSIER_DATA: s.dataDir };
    execFileSync(process.execPath, [cli, "check"], { env, stdio: "pipe" });
    execFileSync(process.execPath, [cli, "build", "--out", out], { env, stdio: "pipe" });
    const ds = readDataset(join(out, "dataset.json")).dataset;
    // the story page and its timeline
    expect(filterStatements(ds, { story: STORY }).map((st) => st.id)).toEqual([statementId]);
    expect(timeline(ds, { story: STORY }).map((e) => e.record.id)).toContain(statementId);
    // the new actor's page lists what they said
    const profile = actorProfile(ds, actorId);
    expect(profile?.actor.name).toBeTruthy();
    expect(JSON.stringify(profile)).toContain(statementId);
    // the source page marks the statement's words
    const marked = sourceSegments(ds, SOURCE).filter((seg) =>
      JSON.stringify(seg).includes(statementId),
    );
    expect(marked.length).toBeGreaterThan(0);
  });
});
