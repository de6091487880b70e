// The reader over a small synthetic corpus, for the browser tests whose journeys the curated data
// cannot show (a story with three sources): core's generator writes the corpus, core's CLI
// compiles it, and `next build` builds a reader over it (src/lib/load-dataset.ts reads the dataset
// DOSSIER_READER_DATASET names, at build and when served) into .next/synthetic.
// The real build stays where it is; a new real build deletes this one with the rest of .next.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
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
/** What next.config.ts, load-dataset.ts and record-ids.mjs read to build and serve it. */
export const syntheticEnv = { DOSSIER_READER_DATASET: syntheticDatasetJson };

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
  const next = require.resolve("next/dist/bin/next");
  const recordIds = join(root, "scripts", "record-ids.mjs");
  // the proxy's list of ids is bundled by the build: the synthetic one for this build, then the
  // real one again for the next real build, dev server or typecheck
  run("listing the synthetic record ids", [recordIds], syntheticEnv);
  try {
    run("building the synthetic reader", [next, "build"], syntheticEnv);
  } finally {
    run("listing the record ids again", [recordIds]);
  }
}
