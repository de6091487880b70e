import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, looseJson, testApp } from "../test-support/app.js";

const app = testApp();
type Page<T> = { data: T[]; page: { total: number } };

describe("places: happy", () => {
  it("lists places, filtered by kind and by what they lie in", async () => {
    const all = await getJson<Page<{ id: string }>>(app, "/v1/places");
    expect(all.body.page.total).toBe(dataset.places.length);
    const inIraq = await getJson<Page<{ id: string }>>(app, "/v1/places?within=iraq-country");
    const lyingInIraq = dataset.places.filter((p) => p.within === "iraq-country").map((p) => p.id);
    expect(inIraq.body.data.map((p) => p.id).sort()).toEqual(lyingInIraq.sort());
    expect(lyingInIraq).toContain("al-qaim");
    const airports = await getJson<Page<{ id: string }>>(app, "/v1/places?kind=airport");
    expect(airports.body.data.map((p) => p.id)).toEqual(["baghdad-international-airport"]);
  });

  it("gets a place with the place it lies in expanded", async () => {
    const place = dataset.places.find((p) => p.within);
    if (!place?.within) throw new Error("no place lies in another");
    const { body } = await getJson<{ expanded: { within: { id: string } } }>(
      app,
      `/v1/places/${place.id}?expand=within`,
    );
    expect(body.expanded.within.id).toBe(place.within);
  });

  it("describes a place as schema.org Place in JSON-LD", async () => {
    const ld = await looseJson(
      app.request("/v1/places/baghdad", { headers: { Accept: "application/ld+json" } }),
    );
    expect(ld["@type"]).toBe("Place");
    expect(ld.containedInPlace.name).toBeTruthy();
  });

  it("exports places as CSV", async () => {
    const text = await (await app.request("/v1/places?format=csv")).text();
    expect(text.split("\r\n")[0]).toBe("id,name,kind,within,lat,lon");
  });
});

describe("places: errors", () => {
  it("answers 404 for an unknown place and 400 for an unknown kind", async () => {
    expect((await app.request("/v1/places/atlantis")).status).toBe(404);
    expect((await app.request("/v1/places?kind=planet")).status).toBe(400);
  });
});

describe("places: security", () => {
  it("answers 405 with Allow to a write", async () => {
    const res = await app.request("/v1/places/baghdad", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
