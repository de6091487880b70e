import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, looseJson, testApp } from "../test-support/app.js";
import { ACTOR } from "../test-support/fixtures.js";

const app = testApp();
type Page<T> = { data: T[]; page: { total: number } };

describe("actors: happy", () => {
  it("finds actors by the beginnings of words, as search and every other list do", async () => {
    const ids = async (q: string) =>
      (await getJson<Page<{ id: string }>>(app, `/v1/actors?q=${q}&limit=100`)).body.data.map(
        (a) => a.id,
      );
    // "Minis" begins "Ministry"; "istry" only ends it, so it matches nothing there
    expect(await ids("Minis")).toContain("iraqi-foreign-ministry");
    expect(await ids("istry")).not.toContain("iraqi-foreign-ministry");
    expect(await ids("TOOLER")).toContain("matthew-tueller");
  });

  it("lists actors by name, filtered by kind", async () => {
    const { body } = await getJson<Page<{ name: string; kind: string }>>(
      app,
      "/v1/actors?kind=person&limit=100",
    );
    expect(body.data.length).toBe(dataset.actors.filter((a) => a.kind === "person").length);
    const names = body.data.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("finds an actor by a name the sources use for it", async () => {
    const alias = dataset.actors.find((a) => a.id === "qasem-soleimani")?.aliases[0]?.name ?? "";
    const { body } = await getJson<Page<{ id: string }>>(
      app,
      `/v1/actors?q=${encodeURIComponent(alias)}`,
    );
    expect(body.data.map((a) => a.id)).toContain("qasem-soleimani");
  });

  it("gets an actor with the groups it belongs to expanded", async () => {
    const { body } = await getJson<{
      id: string;
      expanded: { memberOf: { id: string }[]; members: unknown[] };
    }>(app, "/v1/actors/iraqi-parliament?expand=memberOf,members");
    expect(body.id).toBe("iraqi-parliament");
    expect(Array.isArray(body.expanded.memberOf)).toBe(true);
  });

  it("lists what an actor said, and what was said to or about it", async () => {
    const said = await getJson<Page<{ speaker: string }>>(app, `/v1/actors/${ACTOR}/statements`);
    expect(said.body.page.total).toBe(dataset.statements.filter((s) => s.speaker === ACTOR).length);
    expect(said.body.data.every((s) => s.speaker === ACTOR)).toBe(true);
    const mentioned = await getJson<
      Page<{ speaker: string | null; targets: string[]; addressees: string[]; mentions: string[] }>
    >(app, "/v1/actors/united-states/statements?role=mentioned&limit=100");
    expect(mentioned.body.data.length).toBeGreaterThan(0);
    for (const s of mentioned.body.data) {
      expect(s.speaker).not.toBe("united-states");
      expect([...s.targets, ...s.addressees, ...s.mentions]).toContain("united-states");
    }
  });

  it("lists the events an actor took part in, by role", async () => {
    const { body } = await getJson<Page<{ id: string }>>(
      app,
      "/v1/actors/united-states/events?role=agent",
    );
    const agentOf = dataset.events.filter((e) =>
      e.participants.some((p) => p.actor === "united-states" && p.role === "agent"),
    );
    expect(agentOf.map((e) => e.id)).toContain("ev-baghdad-airport-strike");
    expect(body.data.map((e) => e.id).sort()).toEqual(agentOf.map((e) => e.id).sort());
  });

  it("describes a person as schema.org Person and a state as Country", async () => {
    const person = await looseJson(
      app.request(`/v1/actors/${ACTOR}`, { headers: { Accept: "application/ld+json" } }),
    );
    expect(person["@type"]).toBe("Person");
    const state = await looseJson(
      app.request("/v1/actors/iran", { headers: { Accept: "application/ld+json" } }),
    );
    expect(state["@type"]).toBe("Country");
  });
});

describe("actors: errors", () => {
  it("answers 404 for an unknown actor, also under its sub-resources", async () => {
    for (const path of [
      "/v1/actors/nobody",
      "/v1/actors/nobody/statements",
      "/v1/actors/nobody/events",
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it("refuses an unknown actor kind and an unknown role", async () => {
    expect((await app.request("/v1/actors?kind=alien")).status).toBe(400);
    expect((await app.request(`/v1/actors/${ACTOR}/statements?role=ghostwriter`)).status).toBe(400);
  });
});

describe("actors: security", () => {
  it("keeps a very long query within bounds", async () => {
    const res = await app.request(`/v1/actors?q=${"a".repeat(5000)}`);
    expect(res.status).toBe(400);
  });
});
