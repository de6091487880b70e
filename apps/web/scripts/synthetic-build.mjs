// The reader over a small synthetic corpus, for the browser tests whose journeys the curated data
// cannot show (a story with three sources): core's generator writes the corpus, core's CLI
// compiles it, and `next build` bundles it in place of core's dataset, into .next/synthetic.
// The real build stays where it is; a new real build deletes this one with the rest of .next.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { root } from "./serve.mjs";

export const SYNTHETIC = { stories: 2, seed: 1 };
const work = join(root, ".next", "synthetic-data");
const corpus = join(work, "corpus");
const compiled = join(work, "compiled");
export const syntheticDistDir = join(root, ".next", "synthetic");
/** The compiled synthetic dataset, for the tests to derive what a reader should see. */
export const syntheticDatasetJson = join(compiled, "dataset.json");
/** What next.config.ts reads to build and serve the synthetic reader. */
export const syntheticEnv = {
  DOSSIER_READER_DATASET: "./.next/synthetic-data/compiled/reader.mjs",
};

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("@dossier/core/package.json")), "dist", "cli.js");

function run(what, args, env = {}) {
  const res = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (res.status !== 0) throw new Error(`${what} failed (exit ${res.status ?? res.signal})`);
}

/** Whether the synthetic build is missing or older than the real one (then the code changed). */
export function syntheticBuildIsStale() {
  const id = join(syntheticDistDir, "BUILD_ID");
  if (!existsSync(id)) return true;
  return statSync(id).mtimeMs < statSync(join(root, ".next", "BUILD_ID")).mtimeMs;
}

export function buildSyntheticReader() {
  mkdirSync(work, { recursive: true });
  const { stories, seed } = SYNTHETIC;
  run("writing the synthetic corpus", [
    cli,
    "synth",
    "--stories",
    String(stories),
    "--seed",
    String(seed),
    "--out",
    corpus,
  ]);
  run("compiling the synthetic corpus", [cli, "build", "--out", compiled], {
    DOSSIER_DATA: corpus,
  });
  // core's data.js imports the search module beside it, which lives only in core's dist: this one
  // gives the index to the search module the reader's queries use (.mjs: .next says CommonJS)
  writeFileSync(
    join(compiled, "reader.mjs"),
    `import dataset from "./dataset.json" with { type: "json" };
import searchIndex from "./search-index.json" with { type: "json" };
import { useSearchIndex } from "@dossier/core";
useSearchIndex(dataset, searchIndex);
export { dataset };
`,
  );
  const next = require.resolve("next/dist/bin/next");
  run("building the synthetic reader", [next, "build"], syntheticEnv);
}
