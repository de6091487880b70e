import { describe, expect, it } from "vitest";
import * as z from "zod";
import { getJson, testApp } from "../test-support/app.js";
import { describeIssue } from "./parameter-errors.js";

const app = testApp();
type Errors = { errors: { parameter: string; in: string; detail: string }[] };

async function details(query: string) {
  const { res, body } = await getJson<Errors>(app, `/v1/events?${query}`);
  expect(res.status, query).toBe(400);
  return Object.fromEntries(body.errors.map((e) => [e.parameter, e.detail]));
}

describe("query-parameter errors, in plain words", () => {
  it("says what each bound is, by the kind of value", async () => {
    expect(await details("limit=101")).toEqual({ limit: "must be at most 100" });
    expect(await details("limit=0")).toEqual({ limit: "must be at least 1" });
    expect(await details("limit=ten")).toEqual({ limit: "must be a whole number" });
    expect(await details(`q=${"a".repeat(201)}`)).toEqual({
      q: "must be at most 200 characters long",
    });
    expect(await details("q=")).toEqual({ q: "must not be empty" });
  });

  it("lists the values an enumerated parameter takes", async () => {
    expect((await details("sort=sideways")).sort).toBe(
      "unknown value 'sideways'; expected one of: date, -date, title, -title",
    );
    expect((await details("format=pdf")).format).toBe(
      "unknown value 'pdf'; expected one of: json, csv, ndjson",
    );
  });

  it("says what a date and an id look like", async () => {
    expect((await details("from=2020-02-30")).from).toBe("must be a calendar date, YYYY-MM-DD");
    expect((await details("actor=Not_An_Id")).actor).toMatch(/^must be lowercase words/);
  });

  it("asks for a repeated parameter once", async () => {
    expect(await details("limit=1&limit=2")).toEqual({
      limit: "give this parameter once; separate several values with commas",
    });
  });
});

describe("describeIssue", () => {
  // the words come from the issue's fields: a zod release that rewords its messages changes nothing
  it("never reads zod's message", () => {
    const input = { n: 9, s: "c", t: "long" };
    const issues = z
      .strictObject({ n: z.int().max(5), s: z.enum(["a", "b"]), t: z.string().max(3) })
      .safeParse(input).error?.issues;
    const reworded = (issues ?? []).map((i) => ({ ...i, message: "Ungültige Eingabe" }));
    expect(reworded.map((i) => describeIssue(i, input[i.path[0] as keyof typeof input]))).toEqual([
      "must be at most 5",
      "unknown value 'c'; expected one of: a, b",
      "must be at most 3 characters long",
    ]);
  });
});
