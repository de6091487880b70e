import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDossierClient, type DossierClient } from "./client.js";
import { DossierProblem, isProblem } from "./problem.js";
import { type RunningApi, startApi } from "./test-support/api-server.js";

let api: RunningApi;
let dossier: DossierClient;

beforeAll(async () => {
  api = await startApi({ RATE_LIMIT: "100000" });
  dossier = createDossierClient({ baseUrl: api.url });
});
afterAll(() => api?.stop());

describe("the client against the real API", () => {
  it("gets a record, typed from the document", async () => {
    const event = await dossier.get("/v1/events/{id}", {
      path: { id: "ev-baghdad-airport-strike" },
      query: { expand: ["place", "participants"] },
    });
    // typed: `type` is the enum of event types, `expanded.place` a Place or null
    const type: "airstrike" | (string & {}) = event.type;
    expect(type).toBe("airstrike");
    expect(event.expanded?.place?.name).toBe("Baghdad International Airport");
    expect(event.expanded?.participants?.length).toBeGreaterThan(0);
  });

  it("sends list filters comma-separated, as the document says", async () => {
    const all = await dossier.get("/v1/events", { query: { limit: 100 } });
    const types = [...new Set(all.data.map((e) => e.type))].slice(0, 2);
    const page = await dossier.get("/v1/events", { query: { type: types, limit: 100 } });
    expect(types).toHaveLength(2);
    expect(new Set(page.data.map((e) => e.type))).toEqual(new Set(types));
    expect(page.page.total).toBe(all.data.filter((e) => types.includes(e.type)).length);
  });

  it("walks every page of a list, following the cursor", async () => {
    const all = await dossier.get("/v1/actors", { query: { limit: 100 } });
    const pages: number[] = [];
    for await (const page of dossier.pages("/v1/actors", { query: { limit: 7 } }))
      pages.push(page.data.length);
    expect(pages.length).toBe(Math.ceil(all.page.total / 7));
    const ids: string[] = [];
    for await (const actor of dossier.records("/v1/actors", { query: { limit: 7 } }))
      ids.push(actor.id);
    expect(ids).toEqual(all.data.map((a) => a.id));
  });

  it("walks the pages of a nested list, keeping its filters", async () => {
    const ids: string[] = [];
    for await (const entry of dossier.records("/v1/stories/{id}/timeline", {
      path: { id: "iraq-parliament-foreign-forces-2020" },
      query: { kinds: ["event"], limit: 2 },
    }))
      ids.push(entry.record.id);
    const events = await dossier.get("/v1/events", { query: { limit: 100 } });
    expect(ids.sort()).toEqual(events.data.map((e) => e.id).sort());
  });
});

describe("problems as typed errors", () => {
  it("throws a DossierProblem whose type names the problem", async () => {
    const error = await dossier
      .get("/v1/places/{id}", { path: { id: "atlantis" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierProblem);
    expect(isProblem(error, "/problems/not-found")).toBe(true);
    if (!isProblem(error, "/problems/not-found")) return;
    expect(error.status).toBe(404);
    expect(error.detail).toContain("atlantis");
    expect(error.requestId).toMatch(/^[\w=-]+$/);
  });

  it("lists each invalid parameter and why", async () => {
    const error = await dossier
      .get("/v1/events", { query: { limit: 500, from: "2020-02-30" } })
      .catch((e: unknown) => e);
    expect(isProblem(error, "/problems/invalid-parameter")).toBe(true);
    if (!isProblem(error)) return;
    expect(error.errors.map((e) => e.parameter).sort()).toEqual(["from", "limit"]);
    expect(error.errors.find((e) => e.parameter === "limit")?.detail).toBe("must be at most 100");
  });
});
