import { filterStatements } from "@dossier/core";
import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, looseJson, testApp } from "../test-support/app.js";
import { ACTOR, AIRSTRIKE, STATEMENT } from "../test-support/fixtures.js";

const app = testApp();
type Statement = {
  id: string;
  speaker: string | null;
  act: string;
  attestations: { source: string; quotation: string; attribution: string }[];
  about: string[];
  expanded?: { speaker?: { name: string } | null; about?: { id: string }[] };
};
type Page = { data: Statement[]; page: { total: number } };

describe("statements: happy", () => {
  it("lists every statement with a total", async () => {
    const { body } = await getJson<Page>(app, "/v1/statements?limit=100");
    expect(body.page.total).toBe(dataset.statements.length);
    expect(body.data).toHaveLength(dataset.statements.length);
  });

  it("filters by speaker, act, quotation and the event spoken of, as core does", async () => {
    const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();
    const demands = await getJson<Page>(app, "/v1/statements?speaker=muqtada-al-sadr&act=demand");
    expect(demands.body.data.length).toBeGreaterThan(1);
    expect(
      demands.body.data.every((s) => s.speaker === "muqtada-al-sadr" && s.act === "demand"),
    ).toBe(true);
    expect(ids(demands.body.data)).toEqual(
      ids(filterStatements(dataset, { speaker: "muqtada-al-sadr", act: ["demand"] })),
    );
    const partial = await getJson<Page>(app, "/v1/statements?quotation=partial&limit=100");
    expect(partial.body.data.length).toBeGreaterThan(0);
    expect(
      partial.body.data.every((s) => s.attestations.some((a) => a.quotation === "partial")),
    ).toBe(true);
    expect(ids(partial.body.data)).toEqual(
      ids(filterStatements(dataset, { quotation: ["partial"] })),
    );
    const about = await getJson<Page>(app, `/v1/statements?about=${AIRSTRIKE}&act=threat`);
    expect(about.body.data.length).toBeGreaterThan(0);
    expect(about.body.data.every((s) => s.about.includes(AIRSTRIKE) && s.act === "threat")).toBe(
      true,
    );
  });

  it("lists statements no source attributes to anyone, with a null speaker expanded as null", async () => {
    const { body } = await getJson<Page>(
      app,
      "/v1/statements?attribution=none&expand=speaker&limit=100",
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const s of body.data) {
      expect(s.attestations.some((a) => a.attribution === "none")).toBe(true);
      if (s.speaker === null) expect(s.expanded?.speaker).toBeNull();
    }
    expect(body.data.some((s) => s.speaker === null)).toBe(true);
  });

  it("expands the speaker and the events spoken of", async () => {
    const { body } = await getJson<Statement>(
      app,
      "/v1/statements/st-abdul-mahdi-urges-resolution?expand=speaker,about",
    );
    expect(body.expanded?.speaker?.name).toMatch(/Abdul-Mahdi/);
    expect(body.expanded?.about?.map((e) => e.id)).toEqual(["ev-parliament-resolution"]);
  });

  it("describes a statement as a schema.org Quotation spoken by a Person", async () => {
    const res = await app.request(`/v1/statements/${STATEMENT}?format=jsonld`);
    const ld = await looseJson(res);
    expect(ld["@type"]).toBe("Quotation");
    expect(ld.spokenByCharacter).toMatchObject({ "@type": "Person", name: "Muqtada al-Sadr" });
    expect(ld.text.length).toBeGreaterThan(10);
  });

  it("exports CSV with one row per statement and the quotes", async () => {
    const res = await app.request(`/v1/statements?speaker=${ACTOR}&format=csv`);
    const rows = (await res.text()).trimEnd().split("\r\n");
    expect(rows[0]).toContain("quotes");
    expect(rows.length - 1).toBe(dataset.statements.filter((s) => s.speaker === ACTOR).length);
  });
});

describe("statements: errors", () => {
  it("answers 404 for an unknown statement", async () => {
    expect((await app.request("/v1/statements/st-nobody-said-this")).status).toBe(404);
  });

  it("refuses an unknown speech act, listing the known ones", async () => {
    const { res, body } = await getJson<{ errors: { parameter: string; detail: string }[] }>(
      app,
      "/v1/statements?act=gossip",
    );
    expect(res.status).toBe(400);
    expect(body.errors[0]?.parameter).toBe("act");
    expect(body.errors[0]?.detail).toContain("condemnation");
  });

  it("refuses an id filter that cannot be an id", async () => {
    const res = await app.request("/v1/statements?speaker=Robert%27);DROP%20TABLE");
    expect(res.status).toBe(400);
  });
});

describe("statements: security", () => {
  it("refuses JSON-LD for a list, where it is not offered, with a 400 not a crash", async () => {
    const res = await app.request("/v1/statements?format=jsonld");
    expect(res.status).toBe(400);
  });
});
