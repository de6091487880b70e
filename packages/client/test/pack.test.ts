import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../src/test-support/api-server.js";

// the packed tarball, installed in a plain Node project outside the workspace without the network:
// its dependencies come from the tarballs of the copies installed here, so no registry is asked
const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const work = join(tmpdir(), `dossier-client-pack-${process.pid}`);
const app = join(work, "app");
let api: RunningApi;
let tarball = "";

/** where node would find `name` from a package's real directory: up its node_modules chain */
function installedDir(from: string, name: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate =
      basename(dir) === "node_modules" ? join(dir, name) : join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
  }
  throw new Error(`${name} is not installed beside ${from}`);
}

/** tarballs of a package's runtime dependencies, all the way down, from the installed copies */
function packDependencies(from: string, out: Map<string, string>): void {
  const { dependencies = {} } = JSON.parse(readFileSync(join(from, "package.json"), "utf8"));
  for (const name of Object.keys(dependencies)) {
    if (out.has(name)) continue;
    const installed = realpathSync(installedDir(from, name));
    const tarball = join(work, "deps", `${name.replace("/", "+")}.tgz`);
    // npm's layout, the files under package/; pnpm's store hard-links identical files, and a
    // hard-link entry would unpack empty, so each file goes in whole
    const [dir, base] = [dirname(installed), basename(installed)];
    const transform = `--transform=s,^${base},package,`;
    execFileSync("tar", ["-czf", tarball, "--hard-dereference", "-C", dir, transform, base]);
    out.set(name, tarball);
    packDependencies(installed, out);
  }
}

beforeAll(async () => {
  mkdirSync(join(work, "deps"), { recursive: true });
  mkdirSync(app, { recursive: true });
  execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: pkgDir, stdio: "pipe" });
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");
  const deps = new Map<string, string>();
  packDependencies(pkgDir, deps);
  const file = (path: string) => `file:${path}`;
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: { "@dossier/client": file(tarball) },
      pnpm: { overrides: Object.fromEntries([...deps].map(([n, t]) => [n, file(t)])) },
    }),
  );
  // --offline and a registry nobody listens on: any attempt to fetch fails the install
  execFileSync("pnpm", ["install", "--offline", "--config.registry=http://127.0.0.1:9/"], {
    cwd: app,
    stdio: "pipe",
    env: { ...process.env, npm_config_registry: "http://127.0.0.1:9/" },
  });
  api = await startApi({ RATE_LIMIT: "100000" });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  rmSync(work, { recursive: true, force: true });
});

const node = (file: string) =>
  execFileSync(process.execPath, [file], {
    cwd: app,
    encoding: "utf8",
    env: { ...process.env, DOSSIER_API: api.url },
  });

describe("the packed @dossier/client in a plain Node project", () => {
  it("holds the built code, its types and the README, nothing else", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toEqual(
      expect.arrayContaining([
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/README.md",
      ]),
    );
    expect(
      files.filter((f) => f && !/^package\/(dist\/|README\.md$|package\.json$)/.test(f)),
    ).toEqual([]);
    expect(files.some((f) => f.includes("test-support") || f.endsWith(".test.js"))).toBe(false);
  });

  it("runs from plain ESM with no TypeScript tooling, against the real API", () => {
    writeFileSync(
      join(app, "main.mjs"),
      `import { createDossierClient, isProblem } from "@dossier/client";
const dossier = createDossierClient({ baseUrl: process.env.DOSSIER_API });
const ids = [];
for await (const actor of dossier.records("/v1/actors", { query: { limit: 5 } })) ids.push(actor.id);
const total = (await dossier.get("/v1/actors")).page.total;
const problem = await dossier.get("/v1/events/{id}", { path: { id: "ev-none" } }).catch((e) => e);
console.log(JSON.stringify({ ids: ids.length, unique: new Set(ids).size, total,
  notFound: isProblem(problem, "/problems/not-found"), status: problem.status }));
`,
    );
    const out = JSON.parse(node("main.mjs"));
    expect(out.ids).toBe(out.total);
    expect(out.unique).toBe(out.total);
    expect(out).toMatchObject({ notFound: true, status: 404 });
  });

  it("gives a TypeScript project the API's types", () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2023", "dom", "dom.iterable"],
          types: [],
          skipLibCheck: false,
        },
        files: ["typed.ts"],
      }),
    );
    writeFileSync(
      join(app, "typed.ts"),
      `import { createDossierClient, isProblem, type ProblemType } from "@dossier/client";
const dossier = createDossierClient({ baseUrl: "http://127.0.0.1:8787" });
export async function f(): Promise<string> {
  const event = await dossier.get("/v1/events/{id}", { path: { id: "x" }, query: { expand: ["place"] } });
  // @ts-expect-error not an event type: the query is typed from the document
  await dossier.get("/v1/events", { query: { type: ["picnic"] } });
  // @ts-expect-error a path with an id needs it
  await dossier.get("/v1/events/{id}");
  const kind: ProblemType = "/problems/not-found";
  return event.expanded?.place?.name ?? kind;
}
export const check = (e: unknown) => isProblem(e, "/problems/rate-limited") && e.status;
`,
    );
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", app], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  });
});
