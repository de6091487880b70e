import { execFileSync, spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "dossier-core-pack-"));
let tarball = "";

/**
 * Installs the tarball into a plain project with no network: the tarball is a `file:` dependency and
 * each of its dependencies is linked to the very version this workspace installed, so CI never
 * depends on the registry being up, and a dependency missing from the tarball's manifest still fails.
 */
function consumerManifest(): string {
  const packed = JSON.parse(
    execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }),
  ) as { dependencies?: Record<string, string> };
  const overrides: Record<string, string> = {};
  for (const [name, spec] of Object.entries(packed.dependencies ?? {})) {
    const dir = realpathSync(join(pkgDir, "node_modules", name));
    const installed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    if (installed !== spec)
      throw new Error(`the tarball asks for ${name}@${spec} but the workspace has ${installed}`);
    overrides[name] = `link:${dir}`;
  }
  return JSON.stringify({
    name: "consumer",
    private: true,
    type: "module",
    dependencies: { "@dossier/core": `file:${tarball}` },
    pnpm: { overrides },
  });
}

beforeAll(() => {
  execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: pkgDir, stdio: "pipe" });
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), consumerManifest());
  execFileSync("pnpm", ["install", "--offline", "--ignore-workspace", "--reporter=silent"], {
    cwd: app,
    stdio: "pipe",
  });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const app = () => join(work, "app");

describe("the packed @dossier/core in a plain Node ESM project", () => {
  it("imports the dataset, the schemas and the queries with no TypeScript tooling", () => {
    writeFileSync(
      join(app(), "main.js"),
      `import { dataset } from "@dossier/core/data";
import { StatementSchema, timeline, search, formatPartialDate } from "@dossier/core";
const first = timeline(dataset, {})[0];
console.log(JSON.stringify({
  statements: dataset.statements.length,
  valid: dataset.statements.every((s) => StatementSchema.safeParse(s).success),
  first: first.record.id + " " + formatPartialDate(first.record.date),
  hit: search(dataset, "Tooler", { kinds: ["actor"] })[0]?.ref.id,
}));`,
    );
    const out = JSON.parse(execFileSync("node", ["main.js"], { cwd: app(), encoding: "utf8" }));
    expect(out.statements).toBeGreaterThan(20);
    expect(out.valid).toBe(true);
    expect(out.first).toBe("ev-us-strikes-al-qaim 29 Dec 2019");
    expect(out.hit).toBe("matthew-tueller");
  });

  it("reads the same dataset through the Node loader, with its fingerprint", () => {
    writeFileSync(
      join(app(), "load.js"),
      `import { dataset, fingerprint } from "@dossier/core/data";
import { loadDataset } from "@dossier/core/load";
import { search } from "@dossier/core";
const loaded = loadDataset();
console.log(JSON.stringify({
  same: JSON.stringify(loaded.dataset) === JSON.stringify(dataset),
  fingerprint: loaded.fingerprint === fingerprint,
  hits: search(loaded.dataset, "Tooler", { kinds: ["actor"] }).length,
}));`,
    );
    const out = JSON.parse(execFileSync("node", ["load.js"], { cwd: app(), encoding: "utf8" }));
    expect(out).toEqual({ same: true, fingerprint: true, hits: 1 });
  });

  it("ships type declarations and a JSON Schema per entity", () => {
    const root = join(app(), "node_modules/@dossier/core/dist");
    const files = readdirSync(root);
    expect(files).toEqual(expect.arrayContaining(["index.d.ts", "data.d.ts", "dataset.json"]));
    const schemas = readdirSync(join(root, "json-schema"));
    expect(schemas).toEqual(
      expect.arrayContaining([
        "Statement.schema.json",
        "NewsEvent.schema.json",
        "Source.schema.json",
        "Actor.schema.json",
      ]),
    );
    const out = execFileSync(
      "node",
      [
        "-e",
        `const s=require("@dossier/core/json-schema/Statement.schema.json");const d=s.$defs[s.$ref.split("/").pop()];console.log(d.type, Object.keys(d.properties).includes("speaker"))`,
      ],
      { cwd: app(), encoding: "utf8" },
    );
    expect(out.trim()).toBe("object true");
  });

  it("installs the dossier-data command", () => {
    const result = spawnSync(join(app(), "node_modules/.bin/dossier-data"), [], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage: dossier-data <command>/);
  });

  it("bundles for the browser: no Node built-ins in the main and data entries", async () => {
    const entry = join(app(), "browser.js");
    writeFileSync(
      entry,
      `import { dataset } from "@dossier/core/data";\nimport { search } from "@dossier/core";\nexport const hits = search(dataset, "embassy");\n`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      absWorkingDir: app(),
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:/);
  });
});
