import { dataset } from "@dossier/core/data";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Loose, looseJson, testApp } from "../test-support/app.js";
import { fillPath } from "../test-support/fixtures.js";
import { ID_MAX_LENGTH, ID_PATTERN } from "./values.js";

// the document's bounds, checked against what the server does: it enforces exactly what it shows
const app = testApp();
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);

type Parameter = { name: string; in: "query" | "path"; explode?: boolean; schema: Loose };
const parameters = Object.entries(app.document.paths ?? {}).flatMap(([template, item]) =>
  ((item.get?.parameters ?? []) as Parameter[]).map((p) => ({
    template,
    parameter: p,
    label: `${template} ${p.in} ${p.name}`,
    valid: ajv.compile(p.schema),
  })),
);
type Case = (typeof parameters)[number];
/** one route for each distinct parameter: the property runs go where the schemas differ */
const distinct = [
  ...new Map(
    parameters.map((c) => [JSON.stringify([c.parameter.name, c.parameter.schema]), c]),
  ).values(),
];

/** the raw text as the document's schema reads it: lists split on commas, decimals as numbers */
function asDocumentValue({ parameter }: Case, raw: string): unknown {
  if (parameter.explode === false) return raw.split(",");
  if (parameter.schema.type === "integer" && /^-?(?:0|[1-9][0-9]*)$/.test(raw)) return Number(raw);
  return raw;
}

async function send({ template, parameter }: Case, raw: string) {
  const value = encodeURIComponent(raw);
  const path =
    parameter.in === "path"
      ? fillPath(template).replace(fillPath(template).split("/").pop() ?? "", value)
      : `${fillPath(template)}?${template.endsWith("/search") && parameter.name !== "q" ? "q=iraq&" : ""}${parameter.name}=${value}`;
  const res = await app.request(path);
  const body = res.status >= 400 ? await looseJson(res) : undefined;
  // a path value the server refuses is an unknown record; a query value is a named bad parameter
  const refused =
    parameter.in === "path"
      ? res.status === 404
      : res.status === 400 &&
        (body.errors as { parameter: string }[]).some((e) => e.parameter === parameter.name);
  return { refused, status: res.status };
}

/** a cursor or a source list can be well formed and still not fit the query it is sent with */
const SEMANTIC = new Set(["cursor", "sources"]);

/** values just past each bound the schema states, each one the schema itself refuses */
function beyondBounds(c: Case): string[] {
  const { schema } = c.parameter;
  const out: string[] = [];
  if (schema.maxLength) out.push("a".repeat(schema.maxLength + 1));
  if (schema.pattern || schema.format) out.push("Not valid!", "\u0000", " ");
  if (schema.enum) out.push("not-one-of-them");
  if (schema.type === "integer") out.push(String(schema.minimum - 1), String(schema.maximum + 1));
  if (schema.type === "array") {
    out.push(
      Array(schema.maxItems + 1)
        .fill(schema.items.enum?.[0] ?? "a")
        .join(","),
    );
    out.push("Not valid!");
  }
  return out.filter((raw) => !c.valid(asDocumentValue(c, raw)));
}

describe("every request parameter", () => {
  it.each(parameters)("$label is bounded in the document", ({ parameter: { schema } }) => {
    // inline, never a $ref into components, where the Spectral run leaves response bodies alone
    expect(JSON.stringify(schema)).not.toContain("$ref");
    if (schema.type === "string") expect(schema.maxLength ?? schema.enum).toBeDefined();
    if (schema.type === "string")
      expect(schema.pattern ?? schema.enum ?? schema.format).toBeDefined();
    if (schema.type === "integer") {
      expect(schema.format).toBe("int32");
      expect([schema.minimum, schema.maximum].every(Number.isInteger)).toBe(true);
    }
    if (schema.type === "array") expect(schema.maxItems).toBeGreaterThan(0);
  });

  it.each(parameters)(
    "$label: the example is taken, a value past each bound refused",
    async (c) => {
      const { example } = c.parameter.schema;
      const raw = Array.isArray(example) ? example.join(",") : String(example);
      if (c.parameter.in === "query" && !SEMANTIC.has(c.parameter.name))
        expect((await send(c, raw)).refused, raw).toBe(false);
      const bad = beyondBounds(c);
      expect(bad.length).toBeGreaterThan(0);
      for (const value of bad)
        expect((await send(c, value)).refused, `${c.label}=${value}`).toBe(true);
    },
  );

  it("is refused exactly when its schema in the document refuses it", async () => {
    const values = (c: Case) =>
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.stringMatching(ID_PATTERN, { maxLength: 40 }),
        fc.constantFrom(...(c.parameter.schema.enum ?? c.parameter.schema.items?.enum ?? ["x"])),
        fc.integer({ min: -5, max: 120 }).map(String),
        fc.constantFrom(
          "",
          ",",
          " ",
          "a,,b",
          "2020-01-01",
          "2020-02-30",
          "0x10",
          "1e2",
          "05",
          "-0",
        ),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...distinct).chain((c) => fc.tuple(fc.constant(c), values(c))),
        async ([c, raw]) => {
          const documented = c.valid(asDocumentValue(c, raw));
          const { refused, status } = await send(c, raw);
          if (!documented)
            expect(refused, `${c.label}=${JSON.stringify(raw)} (${status})`).toBe(true);
          else if (!SEMANTIC.has(c.parameter.name) && c.parameter.in === "query")
            expect(refused, `${c.label}=${JSON.stringify(raw)}`).toBe(false);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("ids", () => {
  it("every id in the dataset fits the id parameter", () => {
    const ids = Object.values(dataset).flatMap((list) =>
      Array.isArray(list) ? list.map((r: { id?: string }) => r.id ?? "") : [],
    );
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      expect(id.length, id).toBeLessThanOrEqual(ID_MAX_LENGTH);
      expect(id).toMatch(ID_PATTERN);
    }
  });
});
