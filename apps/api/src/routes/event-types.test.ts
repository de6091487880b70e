import { EVENT_TYPES } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { getJson, testApp } from "../test-support/app.js";

const app = testApp();

describe("event types: happy", () => {
  it("lists the taxonomy with CAMEO and PLOVER mappings", async () => {
    const { body } = await getJson<{
      data: { id: string; cameo: { code: string }; plover: string | null }[];
    }>(app, "/v1/event-types?limit=100");
    expect(body.data.map((t) => t.id)).toEqual(Object.keys(EVENT_TYPES));
    expect(body.data.find((t) => t.id === "airstrike")).toMatchObject({
      cameo: { code: "195" },
      plover: "ASSAULT",
    });
  });
});

describe("event types: errors", () => {
  it("answers 404 for a type not in the taxonomy", async () => {
    expect((await app.request("/v1/event-types/picnic")).status).toBe(404);
    expect((await app.request("/v1/event-types/__proto__")).status).toBe(404);
  });
});

describe("event types: security", () => {
  it("does not resolve inherited object keys as types", async () => {
    for (const id of ["constructor", "toString", "hasOwnProperty"]) {
      expect((await app.request(`/v1/event-types/${id}`)).status, id).toBe(404);
    }
  });
});
