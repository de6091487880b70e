import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATED_PATH, typesFromDocument } from "../scripts/types.js";
import { type RunningApi, startApi } from "./test-support/api-server.js";

// the types are committed, so the API's contract changes show up in review as a diff of them
let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe("the generated types", () => {
  it("are what the API's document gives today (else: pnpm --filter @dossier/client generate)", async () => {
    const document = await (await fetch(`${api.url}/openapi.json`)).json();
    const committed = await readFile(GENERATED_PATH, "utf8");
    expect(committed === (await typesFromDocument(document)), "stale: regenerate them").toBe(true);
  });
});
