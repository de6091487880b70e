import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StatementSchema } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { type Loose, looseJson, testApp } from "../test-support/app.js";
import { fillPath } from "../test-support/fixtures.js";
import { openApiValidator } from "../test-support/openapi-validator.js";

const app = testApp();
const doc = app.document;
// the API is read-only: every documented path has a GET and nothing else
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  item.get ? [{ path, op: item.get }] : [],
);

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("@redocly/cli/package.json");
  const pkg = require(pkgPath) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin.redocly ?? "");
}

describe("the OpenAPI document", () => {
  it("passes the Redocly linter with no errors or warnings", () => {
    const file = join(mkdtempSync(join(tmpdir(), "dossier-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(doc));
    const config = join(dirname(fileURLToPath(import.meta.url)), "../../redocly.yaml");
    const run = spawnSync(
      process.execPath,
      [redoclyBin(), "lint", "--config", config, "--format=summary", file],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: "off",
          REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
          NO_COLOR: "1",
        },
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toContain("Your API description is valid");
    // the summary lists each failing rule as "error  rule: count" or "warning  rule: count"
    expect(output).not.toMatch(/^\s*(error|warning)\s+[\w.-]+: \d+/m);
    expect(run.status).toBe(0);
  });

  it("is served at /openapi.json as OpenAPI 3.1", async () => {
    const res = await app.request("/openapi.json");
    expect(res.status).toBe(200);
    const served = await looseJson(res);
    expect(served.openapi).toBe("3.1.0");
    expect(served).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("takes the record schemas from core, descriptions and all", () => {
    const statement = doc.components?.schemas?.Statement as {
      description?: string;
      properties?: object;
    };
    expect(statement.description).toBe(StatementSchema.meta()?.description);
    expect(Object.keys(statement.properties ?? {})).toEqual(Object.keys(StatementSchema.shape));
  });

  it.each(operations)(
    "describes $path fully: summary, parameters with examples, errors",
    ({ op }) => {
      expect(op.operationId).toBeTruthy();
      expect(op.summary).toBeTruthy();
      expect(op.description).toBeTruthy();
      for (const p of (op.parameters ?? []) as {
        name: string;
        description?: string;
        schema?: { example?: unknown };
      }[]) {
        expect(p.description, `${p.name} has a description`).toBeTruthy();
        expect(p.schema?.example, `${p.name} has an example`).toBeDefined();
      }
      expect(Object.keys(op.responses ?? {})).toEqual(
        expect.arrayContaining(["200", "304", "400", "404", "406", "429"]),
      );
    },
  );

  it("types each error status's problem as an enum of the problem types it carries", () => {
    const schemas = (doc.components?.schemas ?? {}) as Record<string, Loose>;
    const typesOf = (status: string, op: Loose) => {
      const ref: string = op.responses[status].content["application/problem+json"].schema.$ref;
      return schemas[ref.split("/").pop() ?? ""]?.properties.type.enum;
    };
    for (const { op } of operations) {
      expect(typesOf("400", op)).toEqual(["/problems/invalid-parameter"]);
      expect(typesOf("404", op)).toEqual(["/problems/not-found", "/problems/route-not-found"]);
      expect(typesOf("406", op)).toEqual(["/problems/not-acceptable"]);
      expect(typesOf("429", op)).toEqual(["/problems/rate-limited"]);
      expect(typesOf("500", op)).toEqual(["/problems/internal-error"]);
    }
  });

  it("links the docs page to the document", async () => {
    const res = await app.request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    expect(await res.text()).toContain("/openapi.json");
  });
});

describe("every documented route", () => {
  const validator = openApiValidator(doc);
  /** the JSON media type a route's 200 is documented with: JSON, or JSON-LD for W3C annotations */
  const mediaOf = (op: (typeof operations)[number]["op"]) => {
    const content = (op.responses?.["200"] as { content?: Record<string, unknown> } | undefined)
      ?.content;
    return Object.keys(content ?? {}).find((m) => m.endsWith("json")) ?? "application/json";
  };

  it.each(operations)("$path shows a real example its schema accepts", ({ path, op }) => {
    type Ok = { content?: Record<string, { example?: unknown }> } | undefined;
    const media = mediaOf(op);
    const json = (op.responses?.["200"] as Ok)?.content?.[media];
    expect(json?.example).toBeDefined();
    expect(validator.validateResponse(path, 200, media, json?.example)).toBeNull();
  });

  it.each(operations)(
    "$path answers 200 with a body its schema accepts",
    async ({ path: template, op }) => {
      const path = fillPath(template);
      const res = await app.request(template.endsWith("/search") ? `${path}?q=parliament` : path);
      expect(res.status).toBe(200);
      expect(validator.validateResponse(template, 200, mediaOf(op), await res.json())).toBeNull();
    },
  );
});
